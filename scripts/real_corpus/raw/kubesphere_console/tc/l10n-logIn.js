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
  // Log in page
  INPUT_USERNAME_OR_EMAIL_TIP: '請輸入用戶名或信箱',
  LOG_IN: 'Log In',
  LOG_IN_WITH_TITLE: '通過 {title} 登入',
  LOG_OUT: 'Log Out',
  ABOUT: 'About',
  USERNAME_OR_EMAIL: 'Username or Email',
  WELCOME: 'Welcome',
  INTERNAL_SERVER_ERROR_TIP: '對不起，服務器有小差錯了',
  TOO_MANY_FAILURES: 'The number of consecutive login failures has exceeded the limit. Please try again later.',
  FAILED_TO_ACCESS_BACKEND: 'Failed to access the backend services.',
  FAILED_TO_ACCESS_API_SERVER: 'Failed to access the API server.',
  LOGIN_AGAIN_DESC: 'The session has timed out or the user has logged in elsewhere. Please log in again.',
  // Change password upon first login
  CHANGE_PASSWORD_TIP: 'You are logging in for the first time. Please change your password.',
  SUBMIT: 'Submit',
  CHANGE_PASSWORD_LATER: 'Change Password Later',
  PASSWORD_MUST: 'Your password must:',
  PASSWORD_LETTER: 'Contain at least 1 uppercase letter and 1 lowercase letter.',
  PASSWORD_NUMBER: 'Contain at least 1 number.',
  PASSWORD_LENGTH: 'Contain at least 8 characters.',
  // Third-party authentication
  SET_EMAIL_AND_USERNAME: 'Set Email and Username'
};