/*
 * This file is part of KubeSphere Console.
 * Copyright (C) 2019 The KubeSphere Console Authors.
 *
 * KubeSphere Console is free software: you can redistribute it and/or modify
 * it under the terms of the GNU Affero General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * KubeSphere Console is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU Affero General Public License for more details.
 *
 * You should have received a copy of the GNU Affero General Public License
 * along with KubeSphere Console.  If not, see <https://www.gnu.org/licenses/>.
 */

module.exports = {
  // Attributes
  COPIED_SUCCESSFUL: 'Copied successfully.',
  BUILDER_IMAGE: 'Builder Image',
  PULL_POLICY: 'Pull Policy',
  REMOTE_TRIGGER: 'Remote Trigger',
  // Run
  S2I_UPDATE_WORKLOAD: 'Update workload after image building is successful',
  S2I_UPDATA_WORKLOAD_DESC: 'After the image is rebuilt successfully, workloads that use the image will be updated.',
  // More > Edit Information
  // More > Edit YAML
  // More > Delete
  IMAGE_BUILDER: 'Image Builder',
  IMAGE_BUILDER_LOW: 'image builder',
  // Run Records
  JOB_RECORDS: 'Job Records',
  LAST_BUILD_ENVIRONMENT: 'Last Build Environment',
  BUILDER_IMAGE_SCAP: 'Builder image',
  FILE_SIZE: 'File size: {size}',
  DOWNLOAD_ARTIFACT: 'Download Artifact',
  ARTIFACT_FILE: 'Artifact File',
  LOG_MODULE_NOT_INSTALLED: 'The logging module is not installed.',
  LOADING_DOTS: 'Loading...',
  IMAGE_NAME_SCAP: 'Image name',
  IMAGE_SIZE_SCAP: 'Image size',
  IMAGE_NAME_BUILDING: 'Image: {name}/Building',
  IMAGE_NAME_FAILED: 'Image: {name}/Failed',
  IMAGE_NAME_SUCCESSFUL: 'Image: {name}/Successful',
  LAST_MESSAGE_SCAP: 'Last message',
  START_TIME_SCAP: 'Start time',
  // Resource Status
  SOURCE_URL: 'Source URL',
  NEW_TAG: 'New Tag',
  NEW_TAG_DESC: 'Enter the tag of the new image',
  // Image Artifacts
  IMAGE_ARTIFACTS: 'Image Artifacts',
  RELEASE_TIME_SCAP: 'Release time',
  PULL_COMMAND_SCAP: 'Pull command',
  // Environment Variables
  // Events
}
