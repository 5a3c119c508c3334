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
  WORKSPACE_ROLE_PL: '企业空间角色',
  WORKSPACE_ROLE_DESC: '企业空间角色定义了在当前企业空间下用户所拥有的权限。',
  // List
  WORKSPACE_ROLE_EMPTY_DESC: '请创建一个企业空间角色。',
  ROLE_WORKSPACE_ADMIN: '管理企业空间中的所有资源。',
  ROLE_WORKSPACE_REGULAR: '查看企业空间设置。',
  ROLE_WORKSPACE_VIEWER: '查看企业空间中的所有资源。',
  ROLE_WORKSPACE_SELF_PROVISIONER: '查看企业设置、管理应用模板、创建项目和 DevOps 项目。',
  // List > Create
  CREATE_WORKSPACE_ROLE: '创建企业空间角色',
  WORKSPACE_ROLE_NAME_TIP: '角色的名称将作为角色的唯一标识符。',
  NEXT_STEP: '下一步',
  NEXT_STEP_DESC: '您需要进一步编辑角色的权限。',
  // List > Create > Edit Permissions > Project Management
  PERMIGROUP_PROJECTS_MANAGEMENT: '项目',
  PERMISSION_PROJECTS_VIEW: '项目查看',
  PERMISSION_PROJECTS_VIEW_DESC: '查看企业空间中的所有项目。',
  PERMISSION_PROJECTS_MANAGEMENT: '项目管理',
  PERMISSION_PROJECTS_MANAGEMENT_DESC: '创建、编辑和删除企业空间中的项目。',
  PERMISSION_PROJECTS_CREATE: '项目创建',
  PERMISSION_PROJECTS_CREATE_DESC: '创建项目并成为所创建的项目的管理员。',
  // List > Create > Edit Permissions > DevOps Project Management
  PERMIGROUP_DEVOPS_MANAGEMENT: 'DevOps 项目',
  PERMISSION_DEVOPS_VIEW: 'DevOps 项目查看',
  PERMISSION_DEVOPS_VIEW_DESC: '查看企业空间中的所有 DevOps 项目。',
  PERMISSION_DEVOPS_MANAGEMENT: 'DevOps 项目管理',
  PERMISSION_DEVOPS_MANAGEMENT_DESC: '创建、编辑和删除企业空间中的 DevOps 项目。',
  PERMISSION_DEVOPS_CREATE: 'DevOps 项目创建',
  PERMISSION_DEVOPS_CREATE_DESC: '创建 DevOps 项目并成为所创建的 DevOps 项目的管理员。',
  // List > Create > Edit Permissions > App Management
  PERMISSION_APPS_MANAGEMENT: '应用管理',
  PERMISSION_WORKSPACE_APP_REPOS_VIEW: '应用仓库查看',
  PERMISSION_WORKSPACE_APP_REPOS_VIEW_DESC: '查看企业空间中的应用仓库。',
  PERMISSION_WORKSPACE_APP_REPOS_MANAGEMENT: '应用仓库管理',
  PERMISSION_WORKSPACE_APP_REPOS_MANAGEMENT_DESC: '创建、编辑和删除企业空间中的应用仓库。',
  PERMISSION_WORKSPACE_APP_TEMPLATES_VIEW: '应用模板查看',
  PERMISSION_WORKSPACE_APP_TEMPLATES_VIEW_DESC: '查看企业空间中的应用模板。',
  PERMISSION_WORKSPACE_APP_TEMPLATES_MANAGEMENT: '应用模板管理',
  PERMISSION_WORKSPACE_APP_TEMPLATES_MANAGEMENT_DESC: '上传、编辑和删除应用模板以及在平台应用商店上架和下架应用。',
  // List > Create > Edit Permissions > Access Control
  PERMISSION_WORKSPACE_GROUPS_VIEW: '部门查看',
  PERMISSION_WORKSPACE_GROUPS_VIEW_DESC: '查看企业空间部门的结构和成员。',
  PERMISSION_WORKSPACE_GROUPS_MANAGEMENT: '部门管理',
  PERMISSION_WORKSPACE_GROUPS_MANAGEMENT_DESC: '管理企业空间部门的结构、成员和权限。',
  PERMISSION_WORKSPACE_MEMBERS_VIEW: '成员查看',
  PERMISSION_WORKSPACE_MEMBERS_VIEW_DESC: '查看企业空间成员。',
  PERMISSION_WORKSPACE_MEMBERS_MANAGEMENT: '成员管理',
  PERMISSION_WORKSPACE_MEMBERS_MANAGEMENT_DESC: '邀请、编辑和移除企业空间成员。',
  PERMISSION_WORKSPACE_ROLES_VIEW: '角色查看',
  PERMISSION_WORKSPACE_ROLES_VIEW_DESC: '查看企业空间角色。',
  PERMISSION_WORKSPACE_ROLES_MANAGEMENT: '角色管理',
  PERMISSION_WORKSPACE_ROLES_MANAGEMENT_DESC: '创建、编辑和删除系统预置角色外的企业空间角色。',
  // List > Create > Edit Permissions > Workspace Settings Management
  PERMIGROUP_WORKSPACE_SETTINGS: '企业空间设置',
  PERMISSION_WORKSPACE_SETTINGS_VIEW: '企业空间设置查看',
  PERMISSION_WORKSPACE_SETTINGS_VIEW_DESC: '查看企业空间设置。',
  PERMISSION_WORKSPACE_SETTINGS_MANAGEMENT: '企业空间设置管理',
  PERMISSION_WORKSPACE_SETTINGS_MANAGEMENT_DESC: '管理企业空间的基本信息、网络策略等设置。'
};