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
  // More > Add Component
  // More > Add Component > Create Service
  // More > Delete
  // Attributes
  // Resource Status
  APPLICATION_GOVERNANCE_SCAP: '应用治理',
  NO_SERVICE_FOUND: '未发现服务',
  // External Access
  GATEWAY_IP_ADDRESS: '网关 IP 地址',
  GATEWAY_ACCESS_MODE: '网关访问模式',
  NODE_PORTS_SCAP: '节点端口',
  LOAD_BALANCER_SCAP: '负载均衡器',
  LOAD_BALANCERS_SCAP: '负载均衡器',
  // Traffic Management
  TRAFFIC_MANAGEMENT: '流量管理',
  // Tracing
  APPLICATION_GOVERNANCE_ENABLED: '应用治理已启用',
  APPLICATION_GOVERNANCE_DISABLED: '应用治理已禁用'
};