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
  // Title
  // Description
  RESOURCE_CONSUMPTION_DESC: 'Select a category to view the resource consumption information.',
  // Cluster Resource Consumption
  CLUSTER_CONSUMPTION: 'Cluster Resource Consumption',
  CLUSTER_CONSUMPTION_DESC: 'View the consumption information of cluster resources.',
  CLUSTER_RESOURCE_CONSUMPTION_DESC: 'Consumption of resources such as CPU, memory, and volumes of <strong>clusters</strong>',
  CLUSTER_NODE_CONSUMPTION_DESC: 'Consumption of resources such as CPU, memory, and volumes of cluster <strong>nodes</strong>',
  CLUSTER_POD_CONSUMPTION_DESC: 'Consumption of CPU and memory of <strong>pods</strong> in nodes',
  CURRENT_RESOURCE_CONSUMPTION: 'Current Resource Consumption',
  VIEW: 'View',
  CONSUMPTION_SINCE_CREATION: 'has consumed the following resources since it is created.',
  PRICE: 'Price',
  // Workspace Recource Consumption
  WORKSPACE_CONSUMPTION: 'Workspace Resource Consumption',
  WORKSPACE_CONSUMPTION_DESC: 'View the consumption information of workspace resources.',
  WORKSPACE_RESOURCE_CONSUMPTION_DESC: 'Consumption of resources such as CPU, memory, and volumes of <strong>workspaces</strong>',
  WORKSPACE_PROJECT_CONSUMPTION_DESC: 'Consumption of resources such as CPU, memory, and volumes of <strong>projects</strong> in workspaces',
  PROJECT_CONSUMPTION_DESC: 'Consumption of CPU and memory of <strong>apps</strong>, <strong>services</strong> and <strong>pods</strong> in projects'
};