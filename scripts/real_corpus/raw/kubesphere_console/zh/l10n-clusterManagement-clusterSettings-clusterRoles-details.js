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
  PERMIGROUP_NETWORK_MANAGEMENT: '网络',
  PERMISSION_NETWORK_RESOURCES_VIEW: '网络资源查看',
  PERMISSION_NETWORK_RESOURCES_MANAGEMENT: '网络资源管理',
  // Permissions > Project Resources
  PERMIGROUP_PROJECT_RESOURCES_MANAGEMENT: '项目资源',
  PERMISSION_PROJECT_RESOURCES_VIEW: '项目资源查看',
  PERMISSION_PROJECT_RESOURCES_MANAGEMENT: '项目资源管理',
  // Permissions > Storage
  PERMISSION_STORAGECLASSES_VIEW: '存储类查看',
  PERMISSION_STORAGECLASSES_MANAGEMENT: '存储类管理',
  PERMISSION_VOLUME_SNAPSHOT_CLASSES_VIEW: '卷快照类查看',
  PERMISSION_VOLUME_SNAPSHOT_CLASSES_MANAGEMENT: '卷快照类管理',
  // Permissions > Cluster Resources
  PERMIGROUP_CLUSTER_RESOURCES_MANAGEMENT: '集群资源',
  PERMISSION_CRD_VIEW: '定制资源定义查看',
  PERMISSION_CRD_MANAGEMENT: '定制资源定义管理',
  PERMISSION_NODES_VIEW: '节点查看',
  PERMISSION_NODES_MANAGEMENT: '节点管理',
  PERMISSION_COMPONENTS_VIEW: '系统组件查看',
  // Permissions > Cluster Settings
  PERMIGROUP_CLUSTER_SETTINGS: '集群设置',
  PERMISSION_CLUSTER_SETTINGS_VIEW: '集群设置查看',
  PERMISSION_CLUSTER_SETTINGS_MANAGEMENT: '集群设置管理',
  // Permissions > Monitoring & Alerting
  PERMISSION_CLUSTER_MONITORING_VIEW: '监控信息查看',
  PERMISSION_CLUSTER_MONITORING_MANAGEMENT: '监控信息管理',
  // Permissions > Access Control
  PERMISSION_CLUSTER_ROLES_VIEW: '角色查看',
  PERMISSION_CLUSTER_ROLES_MANAGEMENT: '角色管理',
  PERMISSION_CLUSTER_MEMBERS_VIEW: '成员查看',
  PERMISSION_CLUSTER_MEMBERS_MANAGEMENT: '成员管理'
};