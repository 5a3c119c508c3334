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
  WORKSPACE_SETTINGS: '企业空间设置',
  // Banner
  WORKSPACE_BASIC_INFO_DESC: '基本信息提供企业空间的信息概览，您可以查看企业空间的基本信息。',
  WORKSPACE_BASE_INFO_Q1: '如何为企业空间申请更多的集群？',
  WORKSPACE_BASE_INFO_A1: '请联系平台管理员或集群管理员来申请更多的集群。',
  // Workspace Information
  WORKSPACE_INFO: '企业空间信息',
  WORKSPACE_MEMBER_TCAP: '企业空间成员',
  WORKSPACE_MEMBER_TCAP_PL: '企业空间成员',
  WS_MEMBER_SCAP: '企业空间成员',
  WS_MEMBER_SCAP_PL: '企业空间成员',
  DEVOPS_PROJECT_TCAP: 'DevOps 项目',
  DEVOPS_PROJECT_TCAP_PL: 'DevOps 项目',
  DEVOPS_PROJECT_LOW: 'DevOps 项目',
  DEVOPS_PROJECT_LOW_PL: 'DevOps 项目',
  PROJECTS: '项目',
  // Workspace Information > Edit Information
  // Network Isolation
  ON: '启用',
  OFF: '禁用',
  WS_NETWORK_ISOLATION: '企业空间网络隔离',
  NETWORK_POLICY_UNINSATLLED_DESC: '该集群未安装网络策略组件。',
  // Delete Workspace
  DELETE_DESC: '您确定删除该资源吗？资源删除后将无法恢复。',
  // Delete Workspace > Delete
  DELETE_WORKSPACE_PROJECTS_DESC: '删除企业空间中的项目',
  DELETE_WORKSPACE_DESC: '企业空间删除后将无法恢复, 企业空间下的资源也同时会被销毁。',
  DELETE_WORKSPACE_TIP: '确定删除企业空间 <strong>{resource}</strong> ? 删除后将无法恢复, 企业空间下的资源也同时会被销毁。'
};