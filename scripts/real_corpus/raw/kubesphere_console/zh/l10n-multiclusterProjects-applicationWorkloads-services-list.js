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
  // List
  SERVICE_TYPE_TCAP: '服务类型',
  // List > Create
  SELECT_SERVICE_TYPE: '选择服务类型',
  // List > Create > Stateless Service
  // List > Create > Stateless Service > Basic Information
  // List > Create > Stateless Service > Pod Settings
  ADD_PORT: '添加端口',
  // List > Create > Stateless Service > Volume Settings
  // List > Create > Stateless Service > Advanced Settings
  // List > Create > Stateless Service > Cluster Differences
  // List > Create > Stateful Service > Basic Information
  // List > Create > Stateful Service > Pod Settings
  // List > Create > Stateful Service > Volume Settings
  // List > Create > Stateful Service > Advanced Settings
  EMPTY_LABEL_DESC: '请添加标签。',
  SPECIFY_NODE: '指定节点',
  SPECIFY_NODE_DESC: '将节点的标签作为预填充内容',
  MAXIMUM_STICKINESS_DURATION_DESC: '设置最大会话保持时间。取值范围为 0 到 86400，默认值 10800。',
  SERVICE_ADD_METADATA_DESC: '为服务添加元数据。'
};