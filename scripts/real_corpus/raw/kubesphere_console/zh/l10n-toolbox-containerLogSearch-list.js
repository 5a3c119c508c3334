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
  TOTAL_LOGS_TODAY: '今日总共收录了 <span class={className}>{containers}</span> 个容器<br/> <span class={className}> {logs} </span> 条日志信息',
  // Search
  WORKLOAD: '工作负载',
  TIME_RANGE_SCAP: '时间范围',
  // Querying Rules
  QUERYING_RULES: '查询规则',
  CONTAINER_LOGS_12H: '最近 12 小时容器日志数量',
  CONTAINER_LOG_KEYWORD_TIP: '输入关键词查找容器日志。',
  CONTAINER_LOG_PROJECT_TIP: '输入项目名称查找容器日志。',
  CONTAINER_LOG_WORKLOAD_TIP: '输入工作负载名称查找容器日志。',
  CONTAINER_LOG_CONTAINER_TIP: '输入容器名称查找容器日志。',
  CONTAINER_LOG_POD_TIP: '输入容器组名称查找容器日志。',
  SEARCH_BY_KEYWORD: '按关键词搜索',
  SEARCH_BY_PROJECT: '按项目搜索',
  SEARCH_BY_WORKLOAD: '按工作负载搜索',
  SEARCH_BY_POD: '按容器组搜索',
  SEARCH_BY_CONTAINER: '按容器搜索',
  TIME_RANGE: '时间范围'
};