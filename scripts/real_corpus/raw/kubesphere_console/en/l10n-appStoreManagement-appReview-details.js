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
  // Banner
  APP_DETAILS_DESC: 'View details of the app to be released.',
  // Description
  // App Information
  INTRODUCTION: 'Introduction',
  SERVICE_PROVIDER_WEBSITE: 'Service provider website',
  APP_DESCRIPTION: 'App Description',
  // Documentation
  DOCUMENTATION: 'Documentation',
  NO_DOCUMENT_FOUND: 'No Documentation Found',
  UPDATE_TIME_COLON: 'Update time: ',
  // Chart Files
  // Update Log
  UPDATE_LOG: 'Update Log',
  NO_UPDATE_LOG_DESC: 'No update log is found.',
  // Reject
  REJECT: 'Reject',
  REJECT_REASON_DESC: 'Enter reasons for rejection of the app review.',
  REJECT_REASON_TIP: 'Please enter at least one reason for rejection.',
  REJECT_SUCCESSFUL: 'Rejected successfully.',
  // Release
  APPROVE: 'Approve',
  RELEASE_SUCCESSFUL: 'Released successfully.',
}
