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
  TOTAL_LOGS_TODAY: 'A total of <span class={className}> {logs} </span> log entries from <span class={className}>{containers}</span> containers have been collected today.',
  // Search
  WORKLOAD: 'Workload',
  TIME_RANGE_SCAP: 'Time range',
  // Querying Rules
  QUERYING_RULES: 'Querying Rules',
  CONTAINER_LOGS_12H: 'Container logs in the last 12 hours',
  CONTAINER_LOG_KEYWORD_TIP: 'Enter a keyword to search for container logs.',
  CONTAINER_LOG_PROJECT_TIP: 'Enter a project name to search for container logs.',
  CONTAINER_LOG_WORKLOAD_TIP: 'Enter a workload name to search for container logs.',
  CONTAINER_LOG_CONTAINER_TIP: 'Enter a container name to search for container logs.',
  CONTAINER_LOG_POD_TIP: 'Enter a pod name to search for container logs.',
  SEARCH_BY_KEYWORD: 'Search by Keyword',
  SEARCH_BY_PROJECT: 'Search by Project',
  SEARCH_BY_WORKLOAD: 'Search by Workload',
  SEARCH_BY_POD: 'Search by Pod',
  SEARCH_BY_CONTAINER: 'Search by Container',
  TIME_RANGE: 'Time Range',
}
