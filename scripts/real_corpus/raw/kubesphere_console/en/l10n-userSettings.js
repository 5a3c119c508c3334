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
  // Basic Information
  EMAIL_DESC: 'The email address can be used to log in to the KubeSphere web console.',
  LANGUAGE: 'Language',
  USER_SETTINGS: 'User Settings',
  CLOSE: 'Close',
  CONTENT_NOT_SAVED_TIPS: 'content has been modified but not saved',
  SAVE_EDIT_HINTS: 'please confirm that the modified content is correct, you can save the settings or cancel the settings.',
  // Password Settings
  PASSWORD_SETTINGS: 'Password Settings',
  PASSWORD_EMPTY_DESC: 'Please set a password.',
  CURRENT_PASSWORD: 'Current Password',
  ENTER_CURRENT_PASSWORD_TIP: 'Please enter the current password.',
  CONFIRM_PASSWORD: 'Confirm Password',
  PASSWORD_NOT_SAME_DESC: 'New Password and Confirm Password must be the same.',
  ENTER_CURRENT_PASSWORD_DESC: 'To change the password, you must first enter the current password.',
}
