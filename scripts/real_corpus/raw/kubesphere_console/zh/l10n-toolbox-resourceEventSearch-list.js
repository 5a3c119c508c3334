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
  TOTAL_EVENTS_TODAY: '今日总共收录了 <span class={className}> {events} </span> 条资源事件',
  NO_RESOURCE_EVENTS_TODAY: '今日没有收录的资源事件',
  // Search
  // Querying Rules
  RESOURCE_EVENTS_12H: '最近 12 小时资源事件数量',
  RESOURCE_EVENT_WORKSPACE_TIP: '输入企业空间名称查找资源事件。',
  RESOURCE_EVENT_PROJECT_TIP: '输入项目名称查找资源事件。',
  RESOURCE_EVENT_RESOURCE_TYPE_TIP: '输入资源类型查找资源事件。',
  RESOURCE_EVENT_RESOURCE_NAME_TIP: '输入资源名称查找资源事件。',
  RESOURCE_EVENT_MESSAGE_TIP: '输入消息查找资源事件。',
  RESOURCE_EVENT_CATEGORY_TIP: '输入分类名称查找资源事件。',
  RESOURCE_EVENT_REASON_TIP: '输入原因查找资源事件。',
  SEARCH_BY_MESSAGE: '按消息搜索',
  SEARCH_BY_WORKSPACE: '按企业空间搜索',
  SEARCH_BY_RESOURCE_TYPE: '按资源类型搜索',
  SEARCH_BY_RESOURCE_NAME: '按资源名称搜索',
  SEARCH_BY_REASON: '按原因搜索',
  SEARCH_BY_CATEGORY: '按分类搜索'
};