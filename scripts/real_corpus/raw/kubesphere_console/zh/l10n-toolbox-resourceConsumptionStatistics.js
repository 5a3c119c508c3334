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
  RESOURCE_CONSUMPTION_DESC: '选择一个类别以查看资源消费情况。',
  // Cluster Resource Consumption
  CLUSTER_CONSUMPTION: '集群资源消费情况',
  CLUSTER_CONSUMPTION_DESC: '查看集群资源的消费情况。',
  CLUSTER_RESOURCE_CONSUMPTION_DESC: '<strong>集群</strong>的 CPU、内存、卷等资源的消费情况',
  CLUSTER_NODE_CONSUMPTION_DESC: '集群<strong>节点</strong>的 CPU、内存、卷等资源的消费情况',
  CLUSTER_POD_CONSUMPTION_DESC: '节点中<strong>容器组</strong>的 CPU、内存等资源的消费情况',
  CURRENT_RESOURCE_CONSUMPTION: '当前资源消费情况',
  VIEW: '查看',
  CONSUMPTION_SINCE_CREATION: '自创建以来已消耗了以下资源。',
  PRICE: '价格',
  // Workspace Recource Consumption
  WORKSPACE_CONSUMPTION: '企业空间资源消费情况',
  WORKSPACE_CONSUMPTION_DESC: '查看企业空间的资源消费情况。',
  WORKSPACE_RESOURCE_CONSUMPTION_DESC: '<strong>企业空间</strong>的 CPU、内存、卷等资源的消费情况',
  WORKSPACE_PROJECT_CONSUMPTION_DESC: '企业空间中<strong>项目</strong>的 CPU、内存、卷等资源的消费情况',
  PROJECT_CONSUMPTION_DESC: '项目中的<strong>应用</strong>、<strong>服务</strong>、<strong>容器组</strong>的 CPU、内存、卷等资源的消费情况'
};