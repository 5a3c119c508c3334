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
  CONFIRM_PASSWORD_TIP: 'Please enter the new password again.',
  CHANGE_PASSWORD: 'Change Password',
  NEW_PASSWORD: 'New Password',
  PASSWORD_STRENGTH: 'Password Strength',
  PASSWORD_STRENGTH_DESC: 'Avoid using weak passwords or passwords of other accounts.',
  // More > Delete
  // Attributes
  // Login History
  TIME: 'Time',
  SOURCE_IP_ADDRESS: 'Source IP Address',
  LOGIN_HISTORY: 'Login History',
  NO_LOGIN_HISTORY: 'No login history is found.',
  SUCCESSFUL: 'Successful',
  FAILED: 'Failed',
}
