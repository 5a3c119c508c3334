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
  INPUT_USERNAME_OR_EMAIL_TIP: '请输入用户名或邮箱。',
  LOG_IN: '登录',
  LOG_IN_WITH_TITLE: '通过 {title} 登录',
  TITLE_USERNAME: '{title} 用户名',
  TITLE_LOG_IN: '{title} 登录',
  LOG_OUT: '登出',
  ABOUT: '关于',
  USERNAME_OR_EMAIL: '用户名或邮箱',
  WELCOME: '欢迎登录',
  INTERNAL_SERVER_ERROR_TIP: '对不起，服务器开小差了',
  TOO_MANY_FAILURES: '连续登录失败次数超过限制，请稍后重试。',
  FAILED_TO_ACCESS_BACKEND: '访问后端服务失败。',
  FAILED_TO_ACCESS_API_SERVER: '访问 API 服务失败。',
  LOGIN_AGAIN_DESC: '会话已超时或用户已从其他地方登录，请重新登录。',
  // Change password upon first login
  CHANGE_PASSWORD_TIP: '初次登录请修改密码。',
  SUBMIT: '提交',
  CHANGE_PASSWORD_LATER: '稍后修改密码',
  PASSWORD_MUST: '您的密码必须：',
  PASSWORD_LETTER: '包含至少 1 个大写字母和 1 个小写字母。',
  PASSWORD_NUMBER: '包含至少 1 个数字。',
  PASSWORD_LENGTH: '包含至少 8 个字符。',
  // Third-party authentication
  SET_EMAIL_AND_USERNAME: '设置邮箱和用户名'
};