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
  APPLICATION_WORKLOAD_PL: 'Workload de aplicaciones',
  WORKLOAD_PL: 'Carga de trabajo',
  // List
  DEPLOYMENTS: 'Deployments',
  UPDATE_TIME_TCAP: 'Tiempo de actualización',
  ALL_PROJECTS: 'Todos los proyectos',
  SHOW_NUM: 'Show: {num}',
  // List > Create > Basic Information
  SELECT_PROJECT_DESC: 'Select a project in which the resource is to be created.',
  PROJECT_NOT_SELECT_DESC: 'Please select a project.',
  BASIC_INFORMATION: 'Información básica',
  NAME: 'Nombre',
  FEDPROJECT_RESOURCE_TIP: 'No se pueden crear recursos de proyectos de múltiples clústeres en la administración de clústeres, vaya a la página del proyecto de múltiples clústeres para operar.',
  FINISHED: 'Done',
  NOT_SET: 'To do',
  CURRENT: 'Current',
  PROJECT: 'Proyecto',
  // List > Create > Pod Settings
  PREVIOUS: 'Anterior',
  NOTE: 'Advertencia',
  // List > Create > Pod Settings > Add Container > Container Settings
  IMAGE: 'Imagen',
  IMAGE_VALUE: 'Imagen: {value}',
  // List > Create > Pod Settings > Add Container > Health Check > Readiness Check > TCP Port
  PORT_NUMBER_EMPTY: 'Please enter a port number.',
  USER: 'Usuario',
  // List > Create > Storage Settings
  VOLUME_NAME_EXIST: 'nombre de volumen existe',
  SELECT_TYPE: 'Select {type}',
  SPECIFY_SUBPATH: 'Haga clic para agregar subPath',
  SPECIFY_SUBPATH_TIP: 'Solo es apropiado para montar volúmenes, pero no para hostpath',
  MOUNT_PATH: 'Mount path',
  MOUNT_PATH_NOT_SPECIFIED: 'Please select a key to be mounted and the mount path of the key.',
  MOUNT_PATH_EMPTY: 'Please enter a mount path.',
  MOUNT_PATH_REPEATED: 'The mount path is duplicated.',
  // List > Create > Advanced Settings
  NETWORK_SEGMENT_SCAP: 'Network segment',
  AVAILABLE_ADDRESSES: 'Available Number',
  POD_IP_POOL: 'Pod IP Pool',
  SUBPATH: 'sub ruta',
  // List > Create > Advanced Settings > Add Metadata
  ANNOTATION_PL: 'Anotaciones',
  CREATE_SUCCESSFUL: 'Creado con éxito',
  // List > Edit Information
  // List > Edit YAML
  // List > Re-create
  // List > Delete
  // List > Stop
  STOP: 'Stop',
  STOP_TITLE_SI: 'Stop {type}',
  STOP_TITLE_PL: 'Stop Multiple {type}',
  STOP_DESC: 'Are you sure you want to stop the resource?'
};