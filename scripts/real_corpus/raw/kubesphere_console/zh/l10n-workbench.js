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
  // Head
  WORKBENCH: '工作台',
  DASHBOARD_TITLE: '您好 {username}',
  LAST_LOGIN_TIME: '最后登录时间：',
  USER_DASHBOARD_EMPTY_TITLE: '您不属于任何企业空间',
  USER_DASHBOARD_EMPTY_DESC: '请联系企业空间管理员邀请您加入企业空间中。',
  // Platform Information
  LAST_UPDATE_TIME: '最后更新时间',
  PLATFORM_VERSION: '平台版本',
  // Platform Resources
  PLATFORM_RESOURCES: '平台资源',
  APP_TEMPLATE_SCAP_PL: '应用模板',
  // Recent Access
  RECENT_ACCESS: '最近访问',
  MULTI_CLUSTER_DEPLOYMENT: '多集群项目',
  WORKBENCH_PROJECT: '项目',
  WORKBENCH_WORKSPACE: '企业空间',
  WORKBENCH_DEVOPS: 'DevOps 项目',
  WORKBENCH_MULTI_CLUSTER_PROJECT: '多集群项目',
  WORKBENCH_CLUSTER: '集群',
  NOT_FOUND_DESC: '🙇 对不起未发现相关资源，系统将在 {time}s 后返回 <a href="{link}">工作台</a>',
  MULTI_CLUSTER_PROJECT_TIP: '此项目跨多个集群。',
  NO_HISTORY_TITLE: '未发现最近访问的资源',
  NO_HISTORY_DESC: '您可以对平台资源进行访问。'
};