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
  APPLICATION_GOVERNANCE_SCAP: 'Application governance',
  NO_SERVICE_FOUND: 'No Service Found',
  // External Access
  GATEWAY_IP_ADDRESS: '網關 IP',
  GATEWAY_ACCESS_MODE: '網關類型',
  NODE_PORTS_SCAP: 'Node ports',
  LOAD_BALANCER_SCAP: 'Load balancer',
  LOAD_BALANCERS_SCAP: 'Load balancers',
  // Traffic Management
  TRAFFIC_MANAGEMENT: '流量管理',
  // Tracing
  APPLICATION_GOVERNANCE_ENABLED: '微服務已啟用',
  APPLICATION_GOVERNANCE_DISABLED: '微服務未啟用'
};