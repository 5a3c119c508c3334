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
  // List
  SERVICE_TYPE_TCAP: 'Tipo de servicio',
  // List > Create
  SELECT_SERVICE_TYPE: 'Select Service Type',
  // List > Create > Stateless Service
  // List > Create > Stateless Service > Basic Information
  // List > Create > Stateless Service > Pod Settings
  ADD_PORT: 'Agregar puerto',
  // List > Create > Stateless Service > Volume Settings
  // List > Create > Stateless Service > Advanced Settings
  // List > Create > Stateless Service > Cluster Differences
  // List > Create > Stateful Service > Basic Information
  // List > Create > Stateful Service > Pod Settings
  // List > Create > Stateful Service > Volume Settings
  // List > Create > Stateful Service > Advanced Settings
  EMPTY_LABEL_DESC: 'Please add a label.',
  SPECIFY_NODE: 'Especificar nó',
  SPECIFY_NODE_DESC: 'Especifique um nó que precisa ser associado ao serviço.',
  MAXIMUM_STICKINESS_DURATION_DESC: 'Set a maximum stickiness duration. The value range is 0 to 86400 and the default value is 10800.',
  SERVICE_ADD_METADATA_DESC: 'Add metadata to the Service.'
};