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
  TOTAL_EVENTS_TODAY: 'A total of <span class={className}> {events} </span> resource events were collected today.',
  NO_RESOURCE_EVENTS_TODAY: 'No Resource Events Collected Today',
  // Search
  // Querying Rules
  RESOURCE_EVENTS_12H: 'Resource events in the last 12 hours',
  RESOURCE_EVENT_WORKSPACE_TIP: 'Enter a workspace name to search for container logs.',
  RESOURCE_EVENT_PROJECT_TIP: 'Enter a project name to search for container logs.',
  RESOURCE_EVENT_RESOURCE_TYPE_TIP: 'Enter a resource type to search for container logs.',
  RESOURCE_EVENT_RESOURCE_NAME_TIP: 'Enter a resource name to search for container logs.',
  RESOURCE_EVENT_MESSAGE_TIP: 'Enter a message to search for resource events.',
  RESOURCE_EVENT_CATEGORY_TIP: 'Enter a category name to search for container logs.',
  RESOURCE_EVENT_REASON_TIP: 'Enter a reason to search for container logs.',
  SEARCH_BY_MESSAGE: 'Search by Message',
  SEARCH_BY_WORKSPACE: 'Search by Workspace',
  SEARCH_BY_RESOURCE_TYPE: 'Search by Resource Type',
  SEARCH_BY_RESOURCE_NAME: 'Search by Resource Name',
  SEARCH_BY_REASON: 'Search by Reason',
  SEARCH_BY_CATEGORY: 'Search by Category',
}
