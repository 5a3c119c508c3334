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
  GATEWAY_LOW: '網關',
  // Monitoring
  REQUEST_COUNT: '請求數量',
  NETWORK_TRAFFIC: '網路流量',
  CONNECTION_COUNT: '連接數量',
  FAILED_REQUEST_COUNT: '請求錯誤數量',
  AVERAGE_LATENCY: '平均延遲',
  P_FIFTY_LATENCY: 'P50 延遲',
  P_NINETY_FIVE_LATENCY: 'P95 延遲',
  P_NINETY_NINE_LATENCY: 'P99 延遲',
  FOUR_XX_REQUEST_COUNT: '4xx 請求數量',
  FIVE_XX_REQUEST_COUNT: '5xx 請求數量',
  TOTAL_REQUESTS: '總請求數量',
  SUCCESSFUL_REQUESTS: '請求成功',
  // Configuration Options
  CONFIGURATION_OPTIONS: '網關配置',
  // Gateway Logs
  GATEWAY_LOGS: '網關記錄',
  LOGGING_DISABLED: '紀錄組件未開啟',
  REFRESH_INTERVAL_VALUE: '刷新間隔：{value}s',
  EXPORT_LOGS: '導出紀錄'
};