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
  PLATFORM: '平台管理',
  CLUSTER_MANAGEMENT: '集群管理',
  CLUSTER_DESC: '对多集群以及每个集群的基础资源、服务组件和应用资源等的统一管理。',
  ACCESS_CONTROL_DESC: '对平台中的企业空间、用户、以及角色进行统一管理。',
  APP_STORE_MANAGEMENT_DESC: '对云原生应用的发布、上架以及下架等应用全生命周期的统一管理。',
  PLATFORM_SETTINGS_DESC: '定制化平台设置，如基本信息和通知配置等。'
};