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
  // Cluster Information
  NODES: '节点',
  DISK: '磁盘',
  CLUSTER_INFORMATION: '集群信息',
  // Cluster Information > Edit Information
  CLUSTER_NAME: '集群名称',
  EDIT_CLUSTER_INFO_DESC: '编辑集群基本信息。',
  // Remove Cluster
  REMOVE_CLUSTER: '移除集群',
  REMOVE_CLUSTER_DESC: '集群被移除后，KubeSphere 将无法管理集群，集群中的资源将不会被删除。请输入集群名称 <strong>{name}</strong> 以确认您了解此操作的风险。',
  REMOVE_SUCCESS: '移除成功。'
};