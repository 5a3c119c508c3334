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
  // Banner
  SERVICE_ACCOUNT_PL: '服务账户',
  SERVICE_ACCOUNT_DESC: '服务账户（Service Account）为容器组中运行的进程提供了一个标识，用于访问 API Server。',
  // List
  SERVICE_ACCOUNT_EMPTY_DESC: '请创建一个服务账户。',
  // List > Create
  INVALID_YAML_FILE_FORMAT: 'YAML 文件格式错误。',
  // List > Create > Project Role
  PROJECT_ROLE_SI: '项目角色',
  SELECT_PROJECT_ROLE_DESC: '选择一个项目角色以指定权限。',
  // List > Edit
  // List > Edit YAML
  // List > Change Role
  CHANGE_ROLE: '修改角色',
  // List > Delete
  SERVICE_ACCOUNT_LOW: '服务账户'
};