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
  APPLICATION_WORKLOAD_PL: '應用負載',
  WORKLOAD_PL: '工作負載',
  // List
  DEPLOYMENTS: '部署',
  UPDATE_TIME_TCAP: '更新時間',
  ALL_PROJECTS: '全部項目',
  SHOW_NUM: 'Show: {num}',
  // List > Create > Basic Information
  SELECT_PROJECT_DESC: '選擇將要創建資源的項目。',
  PROJECT_NOT_SELECT_DESC: '請選擇一個項目。',
  BASIC_INFORMATION: '基本資訊',
  NAME: '名稱',
  FEDPROJECT_RESOURCE_TIP: '無法在集群管理内創建多集群項目的資源, 請到多集群項目頁面内進行操作。',
  FINISHED: 'Done',
  NOT_SET: 'To do',
  CURRENT: '目前',
  PROJECT: '項目',
  // List > Create > Pod Settings
  PREVIOUS: '上一步',
  NOTE: '請注意',
  // List > Create > Pod Settings > Add Container > Container Settings
  IMAGE: '鏡像',
  IMAGE_VALUE: '鏡像：{value}',
  // List > Create > Pod Settings > Add Container > Health Check > Readiness Check > TCP Port
  PORT_NUMBER_EMPTY: '請輸入端口號。',
  USER: '用戶',
  // List > Create > Storage Settings
  VOLUME_NAME_EXIST: '儲存卷名稱已使用',
  SELECT_TYPE: '選擇{type}',
  SPECIFY_SUBPATH: '點擊指定子路徑',
  SPECIFY_SUBPATH_TIP: '指定需要掛載到容器的儲存卷子路徑。',
  MOUNT_PATH: '掛載路徑',
  MOUNT_PATH_NOT_SPECIFIED: 'Please select a key to be mounted and the mount path of the key.',
  MOUNT_PATH_EMPTY: 'Please enter a mount path.',
  MOUNT_PATH_REPEATED: 'The mount path is duplicated.',
  // List > Create > Advanced Settings
  NETWORK_SEGMENT_SCAP: '網段',
  AVAILABLE_ADDRESSES: '可用地址數量',
  POD_IP_POOL: '容器組 IP 地址範圍',
  SUBPATH: '子路徑',
  // List > Create > Advanced Settings > Add Metadata
  ANNOTATION_PL: '註釋',
  CREATE_SUCCESSFUL: '創建成功',
  // List > Edit Information
  // List > Edit YAML
  // List > Re-create
  // List > Delete
  // List > Stop
  STOP: '停止',
  STOP_TITLE_SI: '停止{type}',
  STOP_TITLE_PL: '批量停止{type}',
  STOP_DESC: 'Are you sure you want to stop the resource?'
};