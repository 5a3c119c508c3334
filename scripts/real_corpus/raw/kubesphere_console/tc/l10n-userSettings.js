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
  EMAIL_DESC: '郵箱可作為登入帳號',
  LANGUAGE: 'Language',
  USER_SETTINGS: 'User Settings',
  CLOSE: '關閉',
  CONTENT_NOT_SAVED_TIPS: '内容已經修改但並未保存',
  SAVE_EDIT_HINTS: '請確認修改的内容是正確的，您可以保存設置或者取消設置。',
  // Password Settings
  PASSWORD_SETTINGS: '密碼設置',
  PASSWORD_EMPTY_DESC: '請輸入密碼',
  CURRENT_PASSWORD: '目前密碼',
  ENTER_CURRENT_PASSWORD_TIP: '請輸入目前密碼',
  CONFIRM_PASSWORD: '重複新的密碼',
  PASSWORD_NOT_SAME_DESC: '兩次輸入的密碼必須一致',
  ENTER_CURRENT_PASSWORD_DESC: '您必須輸入正確的目前密碼才可更改為新的密碼'
};