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
  // Title
  // Suspend
  SUSPEND: 'Suspend',
  APP_NOTE: '提示',
  SUSPEND_SUCCESSFUL: '下架成功。',
  // Release
  RELEASE: 'Release',
  ACTIVATE_SUCCESSFUL: '發布成功',
  // Attributes
  APP_ID: '應用編號',
  CATEGORY: '類别',
  TYPE: '類型',
  // Verisons
  DEVELOPER: 'Developer',
  NO_VERSION_INFO_DESC: '沒有版本資訊。',
  ACTIVATE_VERSION: '上架版本',
  CANCEL_SUBMISSION: '取消提交',
  SUSPEND_VERSION: '下架版本',
  APP_SUSPEND_TIP: '應用 <strong>{name}</strong> 下架後，用戶無法從商店中部屬此應用，您確定要下架該應用嗎？',
  APP_RECOVER_TIP: '應用 <strong>{name}</strong> 上架後，相關的下架版本都將變成上架，您確定要上架該應用嗎？',
  // Verisons > Buttons
  // Versions > Chart Files
  // Versions > App Release
  // Versions > App Instances
  // App Information
  // App Release
  REJECTION_REASON: '拒絕原因',
  RELEASE_RECORD: '發布紀錄',
  RELEASE_RECORD_EMPTY_DESC: '沒有發布紀錄'
};