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
  CREATOR: '創建者',
  NO: '否',
  // More > Roll Back
  // More > Edit Autoscaling
  // More > Edit Settings > Update Strategy
  // More > Edit Settings > Containers
  EDIT_CONTAINER: 'Edit Container',
  // More > Edit Settings > Volumes
  // More > Edit Settings > Pod Scheduling Rules
  // More > Edit YAML
  // More > Re-Create
  // More > Delete
  // Resource Status > Clusters
  MULTI_CLUSTER_RESOURCE_TIP: '目前資源跨多個集群部屬。您可以點擊一個集群以查看資源在該集群中的設置。',
  // Resource Status > Replica Status
  // Resource Status > Ports
  // Resource Status > Pods
  NODE: '節點',
  // Revision Records
  SERIAL_NUMBER: '序號',
  CREATED_TIME: '創建於 {diff}',
  // Metadata
  // Monitoring
  // Environment Variables
  // Events
  EVENT_PL: '事件',
  EVENT_NORMAL: 'Normal',
  EVENT_WARNING: '一般告警'
};