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
  PLATFORM_ROLE_PL: '平台角色',
  // List
  PLATFORM_ROLE_EMPTY_DESC: '请创建一个平台角色。',
  ROLE_USERS_MANAGER: '管理 KubeSphere 平台上的所有用户。',
  ROLE_WORKSPACES_MANAGER: '管理 KubeSphere 平台上的所有企业空间。',
  ROLE_PLATFORM_ADMIN: '管理 KubeSphere 平台上的所有资源。',
  ROLE_PLATFORM_REGULAR: '被邀请加入企业空间之前无法访问任何资源。',
  ROLE_PLATFORM_SELF_PROVISIONER: '创建企业空间并成为所创建的企业空间的管理员。',
  CREATION_TIME_TCAP: '创建时间',
  // List > Create
  CREATE_PLATFORM_ROLE: '创建平台角色',
  // List > Create > Edit Permissions > Cluster Management
  PERMIGROUP_CLUSTERS_MANAGEMENT: '集群',
  PERMISSION_CLUSTERS_VIEW: '集群查看',
  PERMISSION_CLUSTERS_VIEW_DESC: '查看所有集群和集群资源。',
  PERMISSION_CLUSTERS_MANAGEMENT: '集群管理',
  PERMISSION_CLUSTERS_MANAGEMENT_DESC: '创建集群、删除集群和管理集群中的所有资源。',
  // List > Create > Edit Permissions > Access Control
  PERMIGROUP_ACCESS_CONTROL: '访问控制',
  PERMISSION_WORKSPACES_VIEW: '企业空间查看',
  PERMISSION_WORKSPACES_VIEW_DESC: '查看工作空间。',
  PERMISSION_WORKSPACES_MANAGEMENT: '企业空间管理',
  PERMISSION_WORKSPACES_MANAGEMENT_DESC: '创建、编辑和删除企业空间。',
  PERMISSION_WORKSPACES_CREATE: '企业空间创建',
  PERMISSION_WORKSPACES_CREATE_DESC: '创建企业空间并成为所创建的企业空间的管理员。',
  PERMISSION_USERS_VIEW: '用户查看',
  PERMISSION_USERS_VIEW_DESC: '查看用户。',
  PERMISSION_USERS_MANAGEMENT: '用户管理',
  PERMISSION_USERS_MANAGEMENT_DESC: '创建、编辑和删除用户。',
  PERMISSION_ROLES_VIEW: '角色查看',
  PERMISSION_ROLES_VIEW_DESC: '查看平台角色。',
  PERMISSION_ROLES_MANAGEMENT: '角色管理',
  PERMISSION_ROLES_MANAGEMENT_DESC: '创建、编辑和删除平台角色。',
  // List > Create > Edit Permissions > Apps
  PERMIGROUP_APPS_MANAGEMENT: '应用',
  PERMISSION_APP_TEMPLATES_VIEW: '应用查看',
  PERMISSION_APP_TEMPLATES_VIEW_DESC: '查看平台应用商店。',
  PERMISSION_APP_TEMPLATES_MANAGEMENT: '应用模板管理',
  PERMISSION_APP_TEMPLATES_MANAGEMENT_DESC: '管理平台应用商店和云原生应用的生命周期。',
  // List > Create > Edit Permissions > Platform Settings
  PERMIGROUP_PLATFORM_SETTINGS: '平台设置',
  PERMISSION_PLATFORM_SETTINGS_MANAGEMENT: '平台设置管理',
  PERMISSION_PLATFORM_SETTINGS_MANAGEMENT_DESC: '查看和编辑 KubeSphere平台的设置。',
  // List > Edit Information
  // List > Edit Permissions
  // List > Delete
  DELETING_PRESET_ROLES_NOT_ALLOWED: '无法删除预置角色。'
};