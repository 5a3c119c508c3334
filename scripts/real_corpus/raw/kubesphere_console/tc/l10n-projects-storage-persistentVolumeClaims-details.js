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
  // More > Edit YAML
  // More > Clone
  CLONE_VOLUME: '儲存卷克隆',
  CLONE: 'Clone',
  // More > Create Snapshot
  CREATE_SNAPSHOT: '創建快照',
  SNAPSHOT_EMPTY_TIP: '請選擇一個快照類型。',
  // More > Expand
  EXPAND_VOLUME: '儲存卷擴容',
  EXPAND: 'Expand',
  // Attributes
  PROVISIONER: '供應者',
  // Resource Status
  AVAILABLE_CAPACITY: '剩餘儲存容量',
  POD_IP_ADDRESS_SCAP: '容器組 IP 地址',
  TOTAL_CAPACITY: 'Total capacity'
};