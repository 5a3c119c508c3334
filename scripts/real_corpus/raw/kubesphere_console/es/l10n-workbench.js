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
  DASHBOARD_TITLE: 'Hola {username}',
  LAST_LOGIN_TIME: 'Last Login: ',
  USER_DASHBOARD_EMPTY_TITLE: 'No perteneces a ningún espacio de trabajo actualmente.',
  USER_DASHBOARD_EMPTY_DESC: 'Puedes ponerte en contacto con un administrador del espacio de trabajo para que te invite a unirte.',
  // Platform Information
  LAST_UPDATE_TIME: 'Last update time',
  PLATFORM_VERSION: 'Versión de plataforma',
  // Platform Resources
  PLATFORM_RESOURCES: 'Platform Resource',
  APP_TEMPLATE_SCAP_PL: 'App templates',
  // Recent Access
  RECENT_ACCESS: 'Visita reciente',
  MULTI_CLUSTER_DEPLOYMENT: 'Despliegue de multi-cluster',
  WORKBENCH_PROJECT: 'Proyecto',
  WORKBENCH_WORKSPACE: 'Espacio de trabajo',
  WORKBENCH_DEVOPS: 'DevOps project',
  WORKBENCH_MULTI_CLUSTER_PROJECT: 'Multi-cluster project',
  WORKBENCH_CLUSTER: 'Cluster',
  NOT_FOUND_DESC: '🙇 Lo sentimos, no se encontraron recursos relacionados, el sistema volverá a <a href="{link}">Workbench</a> después de {time} s',
  MULTI_CLUSTER_PROJECT_TIP: 'El recurso se implementa en varios grupos.',
  NO_HISTORY_TITLE: 'No Recently Accessed Resource Found',
  NO_HISTORY_DESC: 'You can access platform resources.'
};