/*
 * This file is part of KubeSphere Console.
 * Copyright (C) 2022 The KubeSphere Console Authors.
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
  // Permissions
  // Permissions > Network
  PERMIGROUP_NETWORK_MANAGEMENT: 'Network',
  PERMISSION_NETWORK_RESOURCES_VIEW: 'Network Resource Viewing',
  PERMISSION_NETWORK_RESOURCES_MANAGEMENT: 'Network Resource Management',
  // Permissions > Project Resources
  PERMIGROUP_PROJECT_RESOURCES_MANAGEMENT: 'Project Resources',
  PERMISSION_PROJECT_RESOURCES_VIEW: 'Project Resource Viewing',
  PERMISSION_PROJECT_RESOURCES_MANAGEMENT: 'Project Resource Management',
  // Permissions > Storage
  PERMISSION_STORAGECLASSES_VIEW: 'Storage Class Viewing',
  PERMISSION_STORAGECLASSES_MANAGEMENT: 'Storage Class Management',
  PERMISSION_VOLUME_SNAPSHOT_CLASSES_VIEW: 'Volume Snapshot Class Viewing',
  PERMISSION_VOLUME_SNAPSHOT_CLASSES_MANAGEMENT: 'Volume Snapshot Class Management',
  // Permissions > Cluster Resources
  PERMIGROUP_CLUSTER_RESOURCES_MANAGEMENT: 'Cluster Resources',
  PERMISSION_CRD_VIEW: 'Custom Resource Definition Viewing',
  PERMISSION_CRD_MANAGEMENT: 'Custom Resource Definition Management',
  PERMISSION_NODES_VIEW: 'Node Viewing',
  PERMISSION_NODES_MANAGEMENT: 'Node Management',
  PERMISSION_COMPONENTS_VIEW: 'System Component Viewing',
  // Permissions > Cluster Settings
  PERMIGROUP_CLUSTER_SETTINGS: 'Configuraciones de clúster',
  PERMISSION_CLUSTER_SETTINGS_VIEW: 'Cluster Settings Viewing',
  PERMISSION_CLUSTER_SETTINGS_MANAGEMENT: 'Cluster Settings Management',
  // Permissions > Monitoring & Alerting
  PERMISSION_CLUSTER_MONITORING_VIEW: 'Monitoring Information Viewing',
  PERMISSION_CLUSTER_MONITORING_MANAGEMENT: 'Monitoring Information Management',
  // Permissions > Access Control
  PERMISSION_CLUSTER_ROLES_VIEW: 'Vista de roles de proyecto',
  PERMISSION_CLUSTER_ROLES_MANAGEMENT: 'Gestión de Roles de Proyecto',
  PERMISSION_CLUSTER_MEMBERS_VIEW: 'Vista de miembros del proyecto',
  PERMISSION_CLUSTER_MEMBERS_MANAGEMENT: 'Gestión de miembros de proyecto'
};