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
  CLONE_VOLUME: '克隆卷',
  CLONE: '克隆',
  // More > Create Snapshot
  CREATE_SNAPSHOT: '创建快照',
  SNAPSHOT_EMPTY_TIP: '请选择一个卷快照类。',
  // More > Expand
  EXPAND_VOLUME: '扩展卷',
  EXPAND: '扩展',
  // Attributes
  PROVISIONER: '供应者',
  // Resource Status
  AVAILABLE_CAPACITY: '剩余容量',
  POD_IP_ADDRESS_SCAP: '容器组 IP 地址',
  TOTAL_CAPACITY: '总容量'
};