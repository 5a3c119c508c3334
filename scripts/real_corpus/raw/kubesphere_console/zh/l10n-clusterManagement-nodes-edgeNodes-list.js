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
  EDGE_NODE_PL: '边缘节点',
  EDGE_NODE_DESC: '边缘节点是部署在 KubeSphere 集群外部的服务器，您可以将边缘节点添加到 KubeSphere 集群以对其进行管理。',
  // Node Count
  // List
  EDGE_NODE_EMPTY_DESC: '请为集群添加一个边缘节点。',
  AGENT: '代理',
  EDGE: '边缘节点',
  // List > Add
  ADD: '添加',
  ADD_EDGE_NODE: '添加边缘节点',
  EDGENODE_CONFIG_COMMAND: '边缘节点配置命令',
  ADD_EDGE_COMMAND: '在边缘节点中运行以上命令以对其进行配置。',
  IN_USE_Node_IP: 'IP 地址 {ip} 已被使用，请输入其他 IP 地址。',
  IN_USE_Node_NAME: '节点名称 {name} 已存在，请输入其他名称。',
  EDGENODE_NAME_EMPTY_DESC: '请设置边缘节点的名称。',
  EDGENODE_CONFIG_COMMAND_TIP: '运行命令前请确保已在边缘节点安装容器运行时，例如 Docker 或 containerd。<a href="https://kubeedge.io/en/docs/" target="_blank">了解更多</a>',
  ADD_DEFAULT_TAINT: '添加默认污点 {params}',
  EDGE_NODE: '边缘节点',
  INTERNAL_IP_ADDRESS: '内部 IP 地址',
  EDGENODE_INTERNAL_IP_DESC: '设置边缘节点在 KubeSphere 集群内部的 IP 地址。',
  EDGENODE_INTERNAL_IP_EMPTY_DESC: '请设置边缘节点在 KubeSphere 集群内部的 IP 地址。',
  COPY_SUCCESSFUL: '复制成功。',
  // List > View Log
  LOGS: '日志',
  VIEW_LOG: '查看日志'
};