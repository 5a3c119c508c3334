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
  // Project Information
  PROJECT_NAME: '項目名稱',
  // Default Container Quotas
  NO_REQUEST_TCAP: '不預留',
  NO_LIMIT_TCAP: '不限制',
  CPU_REQUEST_LOW: 'CPU 預留',
  CPU_LIMIT_LOW: 'CPU 限制',
  CPU_REQUEST_CORE: '{value} Core',
  CPU_LIMIT_CORE: '{value} Core',
  MEMORY_REQUEST_MIB: '{value} Mi',
  MEMORY_LIMIT_MIB: '{value} Mi',
  // Manage > Edit Information
  // Manage > Add Cluster
  // Manage > Edit Default Container Quotas
  // Manage > Delete Project
  DELETE_PROJECT: 'Delete Project'
};