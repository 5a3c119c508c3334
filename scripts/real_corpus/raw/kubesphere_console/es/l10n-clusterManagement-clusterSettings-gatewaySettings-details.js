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
  GATEWAY_LOW: 'Gateway',
  // Monitoring
  REQUEST_COUNT: 'Requests',
  NETWORK_TRAFFIC: 'Network Traffic',
  CONNECTION_COUNT: 'Connections',
  FAILED_REQUEST_COUNT: 'Request Error',
  AVERAGE_LATENCY: 'Average Latency',
  P_FIFTY_LATENCY: 'P50 Latency',
  P_NINETY_FIVE_LATENCY: 'P95 Latency',
  P_NINETY_NINE_LATENCY: 'P99 Latency',
  FOUR_XX_REQUEST_COUNT: '4xx error',
  FIVE_XX_REQUEST_COUNT: '5xx error',
  TOTAL_REQUESTS: 'Total Requests',
  SUCCESSFUL_REQUESTS: 'Request Success',
  // Configuration Options
  CONFIGURATION_OPTIONS: 'Gateway Config',
  // Gateway Logs
  GATEWAY_LOGS: 'Gateway Logs',
  LOGGING_DISABLED: 'Logging Disabled',
  REFRESH_INTERVAL_VALUE: 'Refresh interval: {value}s',
  EXPORT_LOGS: 'Exportar logs'
};