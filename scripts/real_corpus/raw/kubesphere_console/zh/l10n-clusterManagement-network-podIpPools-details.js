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
  NETWORK: '网络',
  START_IP_ADDRESS: '起始 IP 地址',
  END_IP_ADDRESS: '结束 IP 地址',
  MASK: '掩码',
  // More > View YAML
  // More > Assign Workspace
  // More > Delete
  // Workspaces
  WORKSPACES: '企业空间',
  MANAGER: '管理员',
  IPPOOL_WORKSPACE_EMPTY_TIP: '未发现企业空间使用此 IP 池'
};