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
  // More > Edit Settings
  CURRENT_APP_SETTINGS_READONLY: '当前应用设置（只读）',
  TARGET_APP_SETTINGS: '目标应用设置',
  TARGET_APP_VERSION: '目标应用版本',
  CURRENT_APP_VERSION: '当前应用版本',
  EDIT_APP_SETTINGS: '编辑应用设置',
  // Attributes
  // Resource Status
  UPDATED_TIME: '更新于 {value}',
  // App Template > App Description
  APP_TEMPLATE: '应用模板',
  NO_APP_DESC_FOUND: '未发现应用描述信息。'
};