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
  COMPOSED_APP_PL: '自制应用',
  // List
  NO_COMPOSED_APP_FOUND: '未发现自制应用',
  COMPOSED_APP_EMPTY_DESC: '请创建一个自制应用。',
  // List > Edit Information
  // List > Delete
  // List > Create
  STATEFUL_SERVICE: '有状态服务',
  STATELESS_SERVICE: '无状态服务',
  CREATE_COMPOSED_APP: '创建自制应用',
  SAVE_FORM_TIP: '请先保存当前设置。',
  // List > Create > Edit YAML
  YAML_FILE: 'YAML 文件',
  CREATE_BY_YAML_DESC: '在 YAML 文件中自定义设置。',
  // List > Create > Basic Information
  APPLICATION_GOVERNANCE: '应用治理',
  VERSION_DESC: '版本只能包含小写字母和数字，最长 16 个字符。',
  APPLICATION_GOVERNANCE_DESC: '启用应用治理后可以对应用使用流量监控、灰度发布和链路追踪功能。',
  APP_BASIC_INFORMATION_DESC: '设置应用的基本信息。',
  // List > Create > Service Settings
  APP_SELECT_SERVICE_TYPE_DESC: '创建一个无状态或有状态服务。',
  STATEFUL_SERVICE_DESC: '创建一个服务和一个有状态副本集。',
  STATELESS_SERVICE_DESC: '创建一个服务和一个部署。',
  APPLICATION_SERVICE_DESC: '根据需求为应用添加有状态服务或无状态服务。',
  APP_CREATE_SERVICE_DESC: '为应用创建一个服务。',
  // List > Create > Ingress Settings
  ROUTE_SETTINGS: '路由设置',
  ROUTING_RULES: '路由规则',
  ROUTE_SETTINGS_DESC: '为应用设置路由规则。',
  ADD_ROUTE_SUCCESS: '应用路由添加成功。'
};