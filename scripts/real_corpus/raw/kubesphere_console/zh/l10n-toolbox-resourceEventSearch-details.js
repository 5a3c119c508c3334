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
  // Time Topology
  STOP_REAL_TIME_RESOURCE_EVENT: '暂停实时资源事件',
  START_REAL_TIME_RESOURCE_EVENT: '查看实时资源事件',
  // Time Topology > Histogram
  RESOURCE_EVENT_COUNT: '资源事件',
  // List
  // List > Resource Event Details > Metadata
  METADATA: '元数据',
  // List > Resource Event Details > Details
  EARLIEST_START_TIME: '最早发生时间',
  LATEST_START_TIME: '最近发生时间'
};