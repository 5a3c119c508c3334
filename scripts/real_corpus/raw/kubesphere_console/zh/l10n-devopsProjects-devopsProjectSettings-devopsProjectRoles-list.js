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
  DEVOPS_PROJECT_ROLE_PL: 'DevOps 项目角色',
  DEVOPS_PROJECT_ROLES_DESC: '成员角色定义了在当前 DevOps 项目下用户所拥有的权限。',
  // List
  DEVOPS_PROJECT_ROLE_EMPTY_DESC: '请创建一个 DevOps 项目角色。',
  ROLE_DEVOPS_VIEWER: '查看 DevOps 项目中的所有资源。',
  ROLE_DEVOPS_OPERATOR: '管理 DevOps 凭证和流水线以及查看 DevOps 项目中成员和角色。',
  ROLE_DEVOPS_ADMIN: '管理 DevOps 项目中的所有资源。',
  // List > Edit Information
  // List > Edit Permissions
  // List > Create
  EDIT_PERMISSIONS: '编辑权限',
  CREATE_ROLE: '创建角色',
  // List > Create > Edit Permissions
  CATEGORIES: '分类',
  // List > Create > Edit Permissions > Pipeline Management
  DEPENDS_ON: '依赖于：',
  PERMIGROUP_PIPELINES_MANAGEMENT: '流水线',
  PERMISSION_PIPELINES_VIEW: '流水线查看',
  PERMISSION_PIPELINES_VIEW_DESC: '查看 DevOps 项目流水线和下载制品。',
  PERMISSION_PIPELINES_MANAGEMENT: '流水线管理',
  PERMISSION_PIPELINES_MANAGEMENT_DESC: '创建、编辑和删除 DevOps 项目流水线。',
  PERMISSION_PIPELINERUNS_VIEW: '流水线执行记录查看',
  PERMISSION_PIPELINERUNS_VIEW_DESC: '查看 DevOps 项目流水线执行记录。',
  PERMISSION_PIPELINERUNS_MANAGEMENT: '流水线执行记录管理',
  PERMISSION_PIPELINERUNS_MANAGEMENT_DESC: '查看、编辑和删除 DevOps 项目流水线执行记录。',
  // List > Create > Edit Permissions > Credential Management
  PERMIGROUP_CREDENTIALS_MANAGEMENT: '凭证',
  PERMISSION_CREDENTIALS_VIEW: '凭证查看',
  PERMISSION_CREDENTIALS_VIEW_DESC: '查看和使用 DevOps 凭证。',
  PERMISSION_CREDENTIALS_MANAGEMENT: '凭证管理',
  PERMISSION_CREDENTIALS_MANAGEMENT_DESC: '创建、编辑和删除 DevOps 凭证。',
  // List > Create > Edit Permissions > Access Control
  // List > Create > Edit Permissions > Project Settings
  PERMIGROUP_DEVOPS_SETTINGS: '项目设置',
  PERMISSION_DEVOPS_SETTINGS: '项目设置管理',
  PERMISSION_DEVOPS_SETTINGS_DESC: '管理 DevOps 项目的设置。',
  // List > Create > Edit Permissions > Continuous Deployment Management
  PERMIGROUP_CONTINUOUS_DEPLOYMENTS_MANAGEMENT: '持续部署',
  PERMISSION_CONTINUOUS_DEPLOYMENTS_VIEW: '持续部署查看',
  PERMISSION_CONTINUOUS_DEPLOYMENTS_VIEW_DESC: '查看 DevOps 项目中的持续部署。',
  PERMISSION_CONTINUOUS_DEPLOYMENTS_MANAGEMENT: '持续部署管理',
  PERMISSION_CONTINUOUS_DEPLOYMENTS_MANAGEMENT_DESC: '管理 DevOps 项目中的持续部署。',
  // List > Create > Edit Permissions > Code Repository Management
  PERMIGROUP_CODE_REPOSITORIES_MANAGEMENT: '代码仓库',
  PERMISSION_CODE_REPOSITORIES_VIEW: '代码仓库查看',
  PERMISSION_CODE_REPOSITORIES_VIEW_DESC: '查看 DevOps 项目中的代码仓库。',
  PERMISSION_CODE_REPOSITORIES_MANAGEMENT: '代码仓库管理',
  PERMISSION_CODE_REPOSITORIES_MANAGEMENT_DESC: '管理 DevOps 项目中的代码仓库。'
};