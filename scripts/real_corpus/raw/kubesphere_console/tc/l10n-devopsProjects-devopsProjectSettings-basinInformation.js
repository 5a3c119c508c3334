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
  DEVOPS_PROJECT_SETTINGS: '项目管理',
  DEVOPS_DESCRIPTION: 'DevOps 是一個獨立的命名空間，其中定義了一組流水線。用戶可以按照自己的方式對流水線進行分組（例如：項目類型、組織類型）。',
  // Basic Information
  DEVOPS_PROJECT_ROLE_SCAP: 'DevOps 项目角色',
  DEVOPS_PROJECT_SCAP: 'DevOps 项目',
  DEVOPS_PROJECT_MEMBER_SCAP: 'DevOps project member',
  DEVOPS_PROJECT_MEMBER_PL_SCAP: 'DevOps project members',
  DEVOPS_PROJECT_ROLE_PL_SCAP: 'DevOps 项目角色',
  // Continuous Deployment Allowlist
  CD_ALLOWLIST: 'Continuous Deployment Allowlist',
  CD_ALLOWLIST_SCAP: 'Continuous deployment allowlist',
  DEPLOYMENT_LOCATION_PL: 'Deployment Locations',
  ENABLE_ALLOWLIST: 'Enable Allowlist',
  EDIT_ALLOWLIST: 'Edit Allowlist',
  EMPTY_ALLOWLIST_TITLE: 'Continuous Deployment Allowlist Disabled',
  ALLOWLIST_EMPTY_DESC: 'Enable the allowlist so that only specific code repositories and deployment locations can be used for continuous deployment.',
  MULTI_CLUSTER_PROJECT_NOT_FOR_CD: 'Multi-cluster projects cannot be used for continuous deployment.',
  CODE_REPOSITORY_EXIST_DESC: 'The code repository already exists. Please select another code repository.',
  DEPLOYMENT_LOCATION_EXIST_DESC: 'The deployment location already exists. Please set another deployment location.',
  CODE_REPOSITORY_NOT_SELECTED: 'No code repositories are selected.',
  RESOURCE_DEPLOYMENT_LOCATION_NOT_SELECTED: 'No resource deployment locations are selected.',
  ALL_CODE_REPOSITORIES: 'All code repositories',
  ALL_RESOURCE_DEPLOYMENT_LOCATIONS: 'All resource deployment locations'
};