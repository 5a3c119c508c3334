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
  // Attributes
  // More > Edit Project Quotas
  // More > Edit Default Container Quotas
  // Overview > Resource Status > Application resources
  // Overview > Resource Status > Physical Resources
  // Pods
  // Gateway
  GATEWAY: '网关',
  GATEWAY_NOT_ENABLED: '网关未启用',
  ENABLE_GATEWAY_TIP: '要使用网关，请在集群或项目中配置网关',
  // Quotas > Default Container Quotas
  QUOTA_PL: '配额'
};