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
  // Search Bar
  KEYWORD: '关键词',
  EXACT_QUERY: '精确查询',
  FUZZY_QUERY: '模糊查询',
  // Time Topology
  TIME_TOPOLOGY: '时间拓扑图 ',
  SEARCH_RESULTS: '搜索结果',
  DISPLAY: '显示',
  HIDE: '隐藏',
  STOP_REAL_TIME_CONTAINER_LOG: '暂停实时容器日志',
  START_REAL_TIME_CONTAINER_LOG: '查看实时容器日志',
  // Refresh Rate
  REFRESH_RATE_COLON: '刷新频率：',
  // Time Topology > Histogram
  CONTAINER_LOG_COUNT: '容器日志',
  // List
  LOG: '日志',
  // List > Container Log Details
  // List > Container Log Details > Container Log Source
  CONTAINER_LOG_SOURCE: '容器日志来源'
};