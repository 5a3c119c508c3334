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
  CONFIGMAP_DESC: '配置字典（ConfigMap）常用於儲存工作負載所需的配置資訊，許多應用程式會從配置文件、命令行參數或環境變量中讀取配置資訊。',
  // List
  FIELDS: '配置項',
  // List > Create > Basic Information
  // List > Create > Data Settings
  // List > Edit Information
  // List > Edit YAML
  EDIT_YAML: '編輯 YAML',
  // List > Edit Settings
  ENTER_CONFIG_VALUE_DESC: '配置是儲存通用的配置變量的，使用戶可以將分布式系統中用於不同模組的環境變量統一到一個對象中進行管理',
  CONFIG_FIELD_DESC: '此配置映射條目的唯一 key 值。'
};