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
  SUSPEND: '下架',
  APP_NOTE: '提示',
  SUSPEND_SUCCESSFUL: '下架成功。',
  // Release
  RELEASE: '发布',
  ACTIVATE_SUCCESSFUL: '发布成功。',
  // Attributes
  APP_ID: '应用 ID',
  CATEGORY: '分类',
  TYPE: '类型',
  // Verisons
  DEVELOPER: '开发者',
  NO_VERSION_INFO_DESC: '未发现版本信息。',
  ACTIVATE_VERSION: '上架版本',
  CANCEL_SUBMISSION: '取消提交',
  SUSPEND_VERSION: '下架版本',
  APP_SUSPEND_TIP: '应用 <strong>{name}</strong> 下架后，用户无法从商店中部署此应用，您确定要下架该应用吗？',
  APP_RECOVER_TIP: '应用 <strong>{name}</strong> 上架后，相关的下架版本都将变成上架，您确定要上架该应用吗？',
  // Verisons > Buttons
  // Versions > Chart Files
  // Versions > App Release
  // Versions > App Instances
  // App Information
  // App Release
  REJECTION_REASON: '拒绝原因',
  RELEASE_RECORD: '发布记录',
  RELEASE_RECORD_EMPTY_DESC: '未发现发布记录。'
};