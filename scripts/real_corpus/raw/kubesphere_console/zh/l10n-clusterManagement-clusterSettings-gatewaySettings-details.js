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
  // More > Update Gateway
  // More > Delete
  GATEWAY_LOW: '网关',
  // Monitoring
  REQUEST_COUNT: '请求数量',
  NETWORK_TRAFFIC: '网络流量',
  CONNECTION_COUNT: '连接数量',
  FAILED_REQUEST_COUNT: '失败请求数量',
  AVERAGE_LATENCY: '平均延迟',
  P_FIFTY_LATENCY: 'P50 延迟',
  P_NINETY_FIVE_LATENCY: 'P95 延迟',
  P_NINETY_NINE_LATENCY: 'P99 延迟',
  FOUR_XX_REQUEST_COUNT: '4XX 请求数量',
  FIVE_XX_REQUEST_COUNT: '5XX 请求数量',
  TOTAL_REQUESTS: '总请求数量',
  SUCCESSFUL_REQUESTS: '成功请求',
  // Configuration Options
  CONFIGURATION_OPTIONS: '配置选项',
  // Gateway Logs
  GATEWAY_LOGS: '网关日志',
  LOGGING_DISABLED: '日志组件未启用',
  REFRESH_INTERVAL_VALUE: '刷新间隔：{value}s',
  EXPORT_LOGS: '导出日志'
};