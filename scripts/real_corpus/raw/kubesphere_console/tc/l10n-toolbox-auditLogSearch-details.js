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
  START_REAL_TIME_AUDIT_LOG: 'Pause real-time audit logs',
  STOP_REAL_TIME_AUDIT_LOG: 'View real-time audit logs',
  TIME_S: '{num, plural, =1 {1 second} other {# seconds}}',
  // Time Topology > Histogram
  AUDIT_LOG_COUNT: '審計紀錄',
  // List
  RESOURCE_NAME_AND_TYPE: 'Resource Type & Name',
  VERB: 'Verb',
  STATUS_CODE: 'Status Code',
  SUBRESOURCE: 'Subresource'
};