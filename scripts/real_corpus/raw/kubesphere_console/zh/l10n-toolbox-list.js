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
  // Title
  TOOLBOX: '工具箱',
  TOOLBOX_DESC: '提供集群分析和控制工具。',
  DETAIL_NOT_FOUND_DESC: '未发现相关资源。 <a href="{link}">返回{title}</a>',
  // Description
  // Ayalysis Tools
  ANALYSIS_TOOLS: '分析工具',
  VIEW_KUBE_CONFIG: '查看或下载当前集群的 kubeconfig 文件。',
  CONTAINER_LOG_SEARCH_DESC: '针对集群资源的多维度容器日志查询工具。',
  RESOURCE_EVENT_SEARCH_DESC: '针对集群资源的多维度资源事件查询工具。',
  AUDIT_LOG_DESC: '针对集群资源的多维度审计日志查询工具。',
  RESOURCE_CONSUMPTION_STATISTICS: '资源消费统计',
  METERING_AND_BILLING_DESC: '查看集群和企业空间的资源消费情况。',
  CONTAINER_LOG_SEARCH: '容器日志查询',
  RESOURCE_EVENT_SEARCH: '资源事件查询',
  AUDIT_LOG_SEARCH: '审计日志查询',
  // Control Tool
  CONTROL_TOOL: '控制工具',
  TOOLBOX_SHIFT_TIPS: ' 👻 按下“shift+左键”可在浏览器新窗口中打开 kubectl。',
  // Third-Party Tools
  THIRD_PARTY_TOOLS: '第三方工具'
};