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
  // Navigation Pane
  GATEWAY_SETTINGS: 'Gateway Settings',
  // Banner
  CLUSTER_GATEWAY_DESC:
    'Set up and manage the configuration of the external network access gateway and service management in the cluster.',
  // Cluster Gateway
  CLUSTER_GATEWAY_NOT_ENABLED: 'Cluster Gateway Not Enabled',
  CLUSTER_ENABLE_GATEWAY_DESC: 'Please enable the cluster gateway.',
  CLUSTER_GATEWAY: 'Cluster Gateway',
  GATEWAY_ADDRESS_SCAP: 'Gateway address',
  LOAD_BALANCER_PROVIDER_SCAP: 'Load balancer provider',
  // Cluster Gateway > Enable Gateway
  ENABLE_GATEWAY: 'Enable Gateway',
  GATEWAY_TRACING_TIP:
    'If ingresses cannot be accessed after <b>Tracing</b> is enabled, please add the annotation <b>nginx.ingress.kubernetes.io/service-upstream: true </b> to the ingress.',
  // Cluster Gateway > Manage > View Details
  VIEW_DETAILS: 'View Details',
  // Cluster Gateway > Manage > Disable
  DISABLE: 'Disable',
  DISABLE_GATEWAY: 'Disable Gateway',
  DISABLE_GATEWAY_TIP: 'Are you sure you want to disable the gateway?',
  DISABLE_SUCCESSFUL: 'Disabled successfully.',
  ENABLE_SUCCESSFUL: 'Enabled successfully.',
  RESET_SUCCESSFUL: 'Reset successful',
  // Cluster Gateway > Manage > Edit
  EDIT: 'Edit',
  EDIT_TITLE: 'Edit {title}',
  // Cluster Gateway > Manage > Update
  UPDATE: 'Update',
  UPDATED_GATEWAY_TITLE: 'Update Gateway',
  UPDATE_GATEWAY_DESC:
    'This operation may interrupt business for a short while. Exercise caution when performing this operation.',
  // Project Gateways
  PROJECT_GATEWAY_PL: 'Project Gateways',
  PROJECT_GATEWAY_NOT_ENABLED: 'Project Gateway Not Enabled',
  PROJECT_ENABLE_GATEWAY_DESC: 'Please enable the project gateway.',
  REPLICA_COUNT: 'Replicas',
  NODE_PORTS: 'Node Ports',
  UPDATE_GATEWAY_DESC: 'The current gateway can be updated.',
  // Project Gateways > Disable
  PROJECT_GATEWAY_LOW: 'project gateway',
  DISABLE_MULTIPLE_GATEWAYS: 'Disable Multiple Gateways',
}
