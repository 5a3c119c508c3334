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
  // Head
  APP_STORE: 'App Store',
  HOME_APP_STORE_DESC: 'The official App Store of KubeSphere provides deployment and management features that allow users to quickly deploy apps with one click based on app templates.',
  // Discover
  DISCOVER: 'Discover',
  NEW_APPS: 'New Apps',
  // App Categories
  APP_CATE_ALL: 'All',
  APP_CATE_UNCATEGORIZED: 'Uncategorized',
  APP_CATE_MESSAGE_QUEUEING: 'Message Queuing',
  APP_CATE_IMAGE_REGISTRY: 'Image Registry',
  APP_CATE_PROMETHEUS_EXPORTER: 'Prometheus Exporter',
  APP_CATE_WEB_SERVER: 'Web Server',
  APP_CATE_NETWORKING: 'Networking',
  APP_CATE_DATABASE_CACHE: 'Database & Cache',
  APP_CATE_STORAGE: 'Storage',
  // List
  MAINTAINER_VALUE: 'Maintainer: {value}',
  LATEST_VALUE: 'Latest: {value}',
  TOTAL_CATE_COUNT: 'Total Apps: {total}',
  SEARCH_BY_NAME: 'Search by name',
}
