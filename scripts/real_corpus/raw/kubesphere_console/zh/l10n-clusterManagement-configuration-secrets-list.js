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
  // Navigation pane
  CONFIGURATION: '配置',
  // Banner
  SECRET_PL: '保密字典',
  SECRET_DESC: '保密字典（Secret）是一种包含少量敏感信息的资源对象，例如密码、令牌、保密字典等，以键值对形式保存并且可以在容器组中使用。',
  // List
  SECRET_FIELD_COUNT: '字段数量',
  SECRET_EMPTY_DESC: '请创建一个保密字典。',
  // List > Create > Basic Information
  SECRET: '保密字典',
  // List > Create > Data Settings
  DATA_SETTINGS: '数据设置',
  IMAGE_REGISTRY_INFORMATION: '镜像服务信息',
  TLS_INFORMATION: 'TLS 信息',
  USERNAME_PASSWORD: '用户名和密码',
  ADD_DATA_TCAP: '添加数据',
  ADD_DATA_DESC: '添加键值对数据。',
  REGISTRY_ADDRESS_TIP: '设置镜像服务地址，例如 docker.io。',
  IMAGE_REGISTRY_REQUIRED_DESC: '请设置镜像服务地址、用户名和密码。',
  CREDENTIAL_NAME_EMPTY_DESC: '请输入凭证名称。',
  ENTER_PRIVATE_KEY_DESC: '请输入私钥。',
  ENTER_DATA_DESC: '请添加数据。',
  PRIVATE_KEY_TCAP: '私钥',
  REGISTRY_ADDRESS_TCAP: '镜像服务地址',
  REGISTRY_SECRET_VER_ERR: '镜像服务验证失败。',
  REGISTRY_SECRET_VER_SUC: '镜像服务验证通过。',
  SECRET_NO_CHINESE_CODE_DESC: '保密字典的键必须由字母数字字符、连字符（-）、下划线（_）或句点（.）组成。',
  SECRET_TYPE_DESC: '选择一个保密字典类型。',
  IMAGE_REGISTRY_VALIDATE_TIP: '创建镜像服务保密字典前，请先验证用户名和密码。',
  DATA_KEY: '键',
  DATA_VALUE: '值',
  DEFAULT: '默认',
  USERNAME_AND_PASSWORD: '用户名和密码',
  // List > Edit Information
  // List > Edit YAML
  // List > Edit Settings
  DATA: '数据',
  EDIT_DATA_TCAP: '编辑数据'
};