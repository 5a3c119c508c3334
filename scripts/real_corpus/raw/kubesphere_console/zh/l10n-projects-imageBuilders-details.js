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
  COPIED_SUCCESSFUL: '复制成功',
  BUILDER_IMAGE: '构建器镜像',
  PULL_POLICY: '拉取策略',
  REMOTE_TRIGGER: '远程触发器',
  // Run
  S2I_UPDATE_WORKLOAD: '镜像构建成功后更新工作负载',
  S2I_UPDATA_WORKLOAD_DESC: '镜像重新构建成功后，使用该镜像的的工作负载将被更新。',
  // More > Edit Information
  // More > Edit YAML
  // More > Delete
  IMAGE_BUILDER: '镜像构建器',
  IMAGE_BUILDER_LOW: '镜像构建器',
  // Run Records
  JOB_RECORDS: '任务记录',
  LAST_BUILD_ENVIRONMENT: '最后构建环境',
  BUILDER_IMAGE_SCAP: '构建器镜像',
  FILE_SIZE: '文件大小：{size}',
  DOWNLOAD_ARTIFACT: '下载制品',
  ARTIFACT_FILE: '制品文件',
  LOG_MODULE_NOT_INSTALLED: '日志模块未安装。',
  LOADING_DOTS: '加载中...',
  IMAGE_NAME_SCAP: '镜像名称',
  IMAGE_SIZE_SCAP: '镜像大小',
  IMAGE_NAME_BUILDING: '镜像：{name}/构建中',
  IMAGE_NAME_FAILED: '镜像：{name}/失败',
  IMAGE_NAME_SUCCESSFUL: '镜像：{name}/成功',
  LAST_MESSAGE_SCAP: '最后消息',
  START_TIME_SCAP: '开始时间',
  // Resource Status
  SOURCE_URL: '源 URL',
  NEW_TAG: '新标签',
  NEW_TAG_DESC: '输入新镜像的标签',
  // Image Artifacts
  IMAGE_ARTIFACTS: '镜像制品',
  RELEASE_TIME_SCAP: '发布时间',
  PULL_COMMAND_SCAP: '拉取命令'
};