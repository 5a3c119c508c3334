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
  // List
  PROJECT_EMPTY_DESC: 'Please create a project.',
  // List > Projects > Create
  CREATE_PROJECT: '創建項目',
  // List > Multi-cluster Projects > Create
  CREATE_MULTI_CLUSTER_PROJECT: 'Create Multi-cluster Project',
  CREATE_MULTI_CLUSTER_PROJECT_DESC: '您可以創建多集群項目，讓項目運行在多個集群中，為應用提供快速疊代開發的容器環境並實現高可用。',
  MULTI_CLUSTER_PROJECT_PL: '多集群項目',
  FED_HOST_NAMESPACE_TIP: '該項目為多集群項目的相關資源, 請勿在此項目下操作資源',
  MULTI_CLUSTER_PROJECT: '多集群項目',
  PROJECT_NAME_EXISTS_IN_HOST: '項目名在主集群上已存在',
  SELECT_CLUSTER_DESC: '選擇要創建項目的集群。',
  CLUSTER_EMPTY_DESC: '請選擇集群。',
  PROJECT_NAME_EXISTS_IN_CLUSTER: '項目名稱在集群 {cluster} 中已存在',
  PROJECT_CLUSTER_SETTINGS_DESC: '選擇要創建項目的集群. 當選擇了多個集群時, 將創建聯邦項目',
  // List > Edit Information
  // List > Edit Quotas
  // List > Delete
  // List > Add Cluster
  FEDPROJECT_CANNOT_ADD_CLUSTER: '無法添加新的集羣'
};