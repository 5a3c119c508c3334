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
  KEYWORD: 'Keyword',
  EXACT_QUERY: 'Exact Query',
  FUZZY_QUERY: 'Fuzzy Query',
  // Time Topology
  TIME_TOPOLOGY: 'Time Topology ',
  SEARCH_RESULTS: 'Search Results',
  DISPLAY: 'Display',
  HIDE: 'Hide',
  STOP_REAL_TIME_CONTAINER_LOG: 'Pause real-time container logs',
  START_REAL_TIME_CONTAINER_LOG: 'View real-time container logs',
  // Refresh Rate
  REFRESH_RATE_COLON: 'Refresh Rate: ',
  // Time Topology > Histogram
  CONTAINER_LOG_COUNT: 'Container Logs',
  // List
  LOG: 'Log',
  // List > Container Log Details
  // List > Container Log Details > Container Log Source
  CONTAINER_LOG_SOURCE: 'Container Log Source',
}
