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
  EMAIL_DESC: '邮箱地址可用于登录 KubeSphere Web 控制台。',
  LANGUAGE: '语言',
  USER_SETTINGS: '用户设置',
  CLOSE: '关闭',
  CONTENT_NOT_SAVED_TIPS: '内容已经修改但并未保存',
  SAVE_EDIT_HINTS: '请确认修改的内容是正确的，您可以保存设置或者取消设置。',
  // Password Settings
  PASSWORD_SETTINGS: '密码设置',
  PASSWORD_EMPTY_DESC: '请输入一个密码。',
  CURRENT_PASSWORD: '当前密码',
  ENTER_CURRENT_PASSWORD_TIP: '请输入当前密码。',
  CONFIRM_PASSWORD: '确认密码',
  PASSWORD_NOT_SAME_DESC: '两次输入的密码必须一致。',
  ENTER_CURRENT_PASSWORD_DESC: '您必须输入当前密码才能修改密码。'
};