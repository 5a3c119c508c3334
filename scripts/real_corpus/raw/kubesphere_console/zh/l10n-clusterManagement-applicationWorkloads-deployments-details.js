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
  // Attributes
  CREATOR: '创建者',
  NO: '否',
  // More > Roll Back
  // More > Edit Autoscaling
  // More > Edit Settings > Update Strategy
  // More > Edit Settings > Containers
  EDIT_CONTAINER: '编辑容器',
  // More > Edit Settings > Volumes
  // More > Edit Settings > Pod Scheduling Rules
  // More > Edit YAML
  // More > Re-Create
  // More > Delete
  // Resource Status > Clusters
  MULTI_CLUSTER_RESOURCE_TIP: '当前资源跨多个集群部署。您可以点击一个集群以查看资源在该集群中的设置。',
  // Resource Status > Replica Status
  // Resource Status > Ports
  // Resource Status > Pods
  NODE: '节点',
  // Revision Records
  SERIAL_NUMBER: '序列号',
  CREATED_TIME: '创建于 {diff}',
  // Metadata
  // Monitoring
  // Environment Variables
  // Events
  EVENT_PL: '事件',
  EVENT_NORMAL: '正常',
  EVENT_WARNING: '一般告警'
};