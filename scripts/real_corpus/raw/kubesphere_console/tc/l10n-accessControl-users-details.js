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
  CONFIRM_PASSWORD_TIP: '請再次輸入新的密碼。',
  CHANGE_PASSWORD: '修改密碼',
  NEW_PASSWORD: '新的密碼',
  PASSWORD_STRENGTH: 'Password Strength',
  PASSWORD_STRENGTH_DESC: 'Avoid using weak passwords or passwords of other accounts.',
  // More > Delete
  // Attributes
  // Login History
  TIME: '時間',
  SOURCE_IP_ADDRESS: '來源 IP 地址',
  LOGIN_HISTORY: '登入紀錄',
  NO_LOGIN_HISTORY: '找不到登入記錄',
  SUCCESSFUL: '成功',
  FAILED: '失敗'
};