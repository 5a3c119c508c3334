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
  // More > Change Password
  CONFIRM_PASSWORD_TIP: '请再次输入新的密码。',
  CHANGE_PASSWORD: '修改密码',
  NEW_PASSWORD: '新密码',
  PASSWORD_STRENGTH: '密码强度',
  PASSWORD_STRENGTH_DESC: '避免使用弱密码其他账户的密码。',
  // More > Delete
  // Attributes
  // Login History
  TIME: '时间',
  SOURCE_IP_ADDRESS: '源 IP 地址',
  LOGIN_HISTORY: '登录历史',
  NO_LOGIN_HISTORY: '未发现登录历史。',
  SUCCESSFUL: '成功',
  FAILED: '失败'
};