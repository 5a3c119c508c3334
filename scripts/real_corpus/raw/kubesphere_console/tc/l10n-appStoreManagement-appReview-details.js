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
  APP_DETAILS_DESC: '查看待發布的應用的詳情。',
  // Description
  // App Information
  INTRODUCTION: '介紹',
  SERVICE_PROVIDER_WEBSITE: '服務供應商網站',
  APP_DESCRIPTION: '應用描述',
  // Documentation
  DOCUMENTATION: '說明文件',
  NO_DOCUMENT_FOUND: '沒有說明文件',
  UPDATE_TIME_COLON: 'Update time: ',
  // Chart Files
  // Update Log
  UPDATE_LOG: '更新紀錄',
  NO_UPDATE_LOG_DESC: '沒有更新紀錄。',
  // Reject
  REJECT: '拒絕',
  REJECT_REASON_DESC: '請填寫拒絕審核的原因。',
  REJECT_REASON_TIP: '請填寫拒絕原因。',
  REJECT_SUCCESSFUL: '拒絕成功。',
  // Release
  APPROVE: 'Approve',
  RELEASE_SUCCESSFUL: '發布成功'
};