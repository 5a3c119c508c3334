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
  START_REAL_TIME_AUDIT_LOG: '暂停实时审计日志',
  STOP_REAL_TIME_AUDIT_LOG: '查看实时审计日志',
  TIME_S: '{num, plural, =1 {1 秒} other {# 秒}}',
  // Time Topology > Histogram
  AUDIT_LOG_COUNT: '审计日志',
  // List
  RESOURCE_NAME_AND_TYPE: '资源类型与名称',
  VERB: '操作行为',
  STATUS_CODE: '状态码',
  SUBRESOURCE: '子资源'
};