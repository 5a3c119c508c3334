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
  // List
  SORT_BY_WORKSPACE_MEMORY_USAGE: '按記憶體使用量排行',
  SORT_BY_WORKSPACE_MEMORY_USAGE_WO_CACHE: '按記憶體使用量排行',
  SORT_BY_WORKSPACE_POD_COUNT: 'Sort by pod quota usage (%)',
  SORT_BY_WORKSPACE_CPU_USAGE: '按 CPU 使用量排行',
  SORT_BY_WORKSPACE_NET_BYTES_TRANSMITTED: '按網路流出速率排行',
  SORT_BY_WORKSPACE_NET_BYTES_RECEIVED: '按網路流入速率排行'
};