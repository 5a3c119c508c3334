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
  APP_DETAILS_DESC: '查看待发布的应用的详情。',
  // Description
  // App Information
  INTRODUCTION: '介绍',
  SERVICE_PROVIDER_WEBSITE: '服务商网站',
  APP_DESCRIPTION: '应用描述',
  // Documentation
  DOCUMENTATION: '说明文档',
  NO_DOCUMENT_FOUND: '未发现说明文档',
  UPDATE_TIME_COLON: '更新时间：',
  // Chart Files
  // Update Log
  UPDATE_LOG: '更新日志',
  NO_UPDATE_LOG_DESC: '未发现更新日志。',
  // Reject
  REJECT: '拒绝',
  REJECT_REASON_DESC: '填写拒绝应用审核的原因。',
  REJECT_REASON_TIP: '请填写至少一条拒绝原因。',
  REJECT_SUCCESSFUL: '拒绝成功。',
  // Release
  APPROVE: '批准',
  RELEASE_SUCCESSFUL: '发布成功。'
};