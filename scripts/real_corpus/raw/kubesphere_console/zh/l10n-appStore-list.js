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
  APP_STORE: '应用商店',
  HOME_APP_STORE_DESC: 'KubeSphere 官方应用商店提供部署及管理功能，用户可以基于应用模板快速地一键部署应用。',
  // Discover
  DISCOVER: '发现',
  NEW_APPS: '新应用',
  // App Categories
  APP_CATE_ALL: '全部',
  APP_CATE_UNCATEGORIZED: '未分类',
  APP_CATE_MESSAGE_QUEUEING: '消息队列',
  APP_CATE_IMAGE_REGISTRY: '镜像服务',
  APP_CATE_PROMETHEUS_EXPORTER: 'Prometheus 导出器',
  APP_CATE_WEB_SERVER: 'Web 服务器',
  APP_CATE_NETWORKING: '网络',
  APP_CATE_DATABASE_CACHE: '数据库和缓存',
  APP_CATE_STORAGE: '存储',
  // List
  MAINTAINER_VALUE: '维护者：{value}',
  LATEST_VALUE: '最新：{value}',
  TOTAL_CATE_COUNT: '应用总数：{total}',
  SEARCH_BY_NAME: '按名称搜索'
};