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
  DEVOPS_PROJECT_SETTINGS: 'DevOps 项目设置',
  DEVOPS_DESCRIPTION: 'DevOps 项目是一个独立的命名空间，其中定义了一组流水线。用户可以按照自己的方式对流水线进行分组（例如：项目类型、组织类型）。',
  // Basic Information
  DEVOPS_PROJECT_ROLE_SCAP: 'DevOps 项目角色',
  DEVOPS_PROJECT_SCAP: 'DevOps 项目',
  DEVOPS_PROJECT_MEMBER_SCAP: 'DevOps 项目成员',
  DEVOPS_PROJECT_MEMBER_PL_SCAP: 'DevOps 项目成员',
  DEVOPS_PROJECT_ROLE_PL_SCAP: 'DevOps 项目角色',
  // Continuous Deployment Allowlist
  CD_ALLOWLIST: '持续部署白名单',
  CD_ALLOWLIST_SCAP: '持续部署白名单',
  DEPLOYMENT_LOCATION_PL: '部署位置',
  ENABLE_ALLOWLIST: '启用白名单',
  EDIT_ALLOWLIST: '编辑白名单',
  EMPTY_ALLOWLIST_TITLE: '未启用持续部署白名单',
  ALLOWLIST_EMPTY_DESC: '启用白名单从而只允许在持续部署中使用特定的代码仓库和部署位置。',
  MULTI_CLUSTER_PROJECT_NOT_FOR_CD: '多集群项目不能用于持续部署。',
  CODE_REPOSITORY_EXIST_DESC: '代码仓库已存在，请选择其他代码仓库。',
  DEPLOYMENT_LOCATION_EXIST_DESC: '部署位置已存在，请设置其他部署位置。',
  CODE_REPOSITORY_NOT_SELECTED: '未选择代码仓库',
  RESOURCE_DEPLOYMENT_LOCATION_NOT_SELECTED: '未选择资源部署位置。',
  ALL_CODE_REPOSITORIES: '所有代码仓库',
  ALL_RESOURCE_DEPLOYMENT_LOCATIONS: '所有资源部署位置'
};