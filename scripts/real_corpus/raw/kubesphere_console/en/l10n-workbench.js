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
  DASHBOARD_TITLE: 'Hello {username}',
  LAST_LOGIN_TIME: 'Last login: ',
  USER_DASHBOARD_EMPTY_TITLE: 'You do not belong to any workspace.',
  USER_DASHBOARD_EMPTY_DESC: 'Please contact a workspace administrator to invite you to join a workspace.',
  // Platform Information
  LAST_UPDATE_TIME: 'Last update time',
  PLATFORM_VERSION: 'Platform version',
  // Platform Resources
  PLATFORM_RESOURCES: 'Platform Resources',
  APP_TEMPLATE_SCAP_PL: 'App templates',
  // Recent Access
  RECENT_ACCESS: 'Recent Access',
  MULTI_CLUSTER_DEPLOYMENT: 'Multi-cluster Project',
  WORKBENCH_PROJECT: 'Project',
  WORKBENCH_WORKSPACE: 'Workspace',
  WORKBENCH_DEVOPS: 'DevOps project',
  WORKBENCH_MULTI_CLUSTER_PROJECT: 'Multi-cluster project',
  WORKBENCH_CLUSTER: 'Cluster',
  NOT_FOUND_DESC: 'The resource was not found. The system will return to <a href="{link}">Workbench</a> in {time}s.',
  MULTI_CLUSTER_PROJECT_TIP: 'The project is deployed across multiple clusters.',
  NO_HISTORY_TITLE: 'No Recently Accessed Resource Found',
  NO_HISTORY_DESC: 'You can access platform resources.',
}
