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
  EDGE_NODE_PL: '邊緣節點',
  EDGE_NODE_DESC: '邊緣節點提供了目前集群下節點的運行狀態，以及可以編輯刪除節點',
  // Node Count
  // List
  EDGE_NODE_EMPTY_DESC: '邊緣節點提供了目前集群下節點的運行狀態，以及可以編輯刪除節點',
  AGENT: '代理',
  EDGE: '邊緣節點',
  // List > Add
  ADD: '添加',
  ADD_EDGE_NODE: 'Add Edge Node',
  EDGENODE_CONFIG_COMMAND: '添加命令',
  ADD_EDGE_COMMAND: '將命令複製到命令行中進行創建邊緣節點',
  IN_USE_Node_IP: '節點 IP {ip} 已被使用',
  IN_USE_Node_NAME: '節點名稱 {name} 已被使用',
  EDGENODE_NAME_EMPTY_DESC: '請輸入節點名稱',
  EDGENODE_CONFIG_COMMAND_TIP: '運行命令前請確保已在邊緣節點安裝容器運行時如 docker 或 container。<a href="https://kubeedge.io/en/docs/" target="_blank">了解更多</a>',
  ADD_DEFAULT_TAINT: '添加默認污點 {params}',
  EDGE_NODE: '邊緣節點',
  INTERNAL_IP_ADDRESS: '節點內網 IP 地址',
  EDGENODE_INTERNAL_IP_DESC: '集群内各節點間可以互相訪問的內網 IP 地址',
  EDGENODE_INTERNAL_IP_EMPTY_DESC: '请输入节点在私网内的 IP 地址。',
  COPY_SUCCESSFUL: '复制成功。',
  // List > View Log
  LOGS: '操作紀錄',
  VIEW_LOG: '查看紀錄'
};