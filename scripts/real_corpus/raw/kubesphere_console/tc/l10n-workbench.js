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
  WORKBENCH: 'Workbench',
  DASHBOARD_TITLE: '您好 {username}',
  LAST_LOGIN_TIME: 'Last Login: ',
  USER_DASHBOARD_EMPTY_TITLE: '您暫時不屬於任何企業空間',
  USER_DASHBOARD_EMPTY_DESC: '您可以聯繫某個企業空間的管理員邀請您加入企業空間中',
  // Platform Information
  LAST_UPDATE_TIME: '上次更新時間',
  PLATFORM_VERSION: '平台版本',
  // Platform Resources
  PLATFORM_RESOURCES: 'Platform Resource',
  APP_TEMPLATE_SCAP_PL: 'App templates',
  // Recent Access
  RECENT_ACCESS: '最近訪問',
  MULTI_CLUSTER_DEPLOYMENT: '多集群部署',
  WORKBENCH_PROJECT: '項目',
  WORKBENCH_WORKSPACE: '企業空間',
  WORKBENCH_DEVOPS: 'DevOps 项目',
  WORKBENCH_MULTI_CLUSTER_PROJECT: '多集群項目',
  WORKBENCH_CLUSTER: '集群',
  NOT_FOUND_DESC: '🙇 對不起沒有找到相關資源，系統將在 {time}s 後返回 <a href="{link}">工作台</a>',
  MULTI_CLUSTER_PROJECT_TIP: '該資源部署在多個集群',
  NO_HISTORY_TITLE: 'No Recently Accessed Resource Found',
  NO_HISTORY_DESC: 'You can access platform resources.'
};