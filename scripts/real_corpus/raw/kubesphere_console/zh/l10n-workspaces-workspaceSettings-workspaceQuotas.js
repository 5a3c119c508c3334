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
  // Banner
  WORKSPACE_QUOTA_PL: '企业空间配额',
  WORKSPACE_QUOTAS_DESC: '企业空间配额用于管理企业空间中所有项目和 DevOps 项目的总资源用量。',
  // Resource Quotas
  RESOURCE_QUOTA_PL: '资源配额',
  USED_PERCENT: '已使用：{percent}%',
  RESOURCE_LIMIT: '资源上限',
  // Resource Quotas > Edit Quotas
  EDIT_WORKSPACE_QUOTAS: '编辑企业空间配额',
  CPU_REQUEST: 'CPU 预留',
  CPU_LIMIT: 'CPU 限制',
  MEMORY_REQUEST: '内存预留',
  MEMORY_LIMIT: '内存上限'
};