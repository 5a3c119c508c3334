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
  TEMPLATE_BASED_APP_PL: '基于模板的应用',
  APPLICATIONS_DESC: '应用为用户提供完整的业务功能，由一个或多个特定功能的组件组成。',
  APP_PL: '应用',
  APP_TYPES_Q: 'KubeSphere 支持哪些应用类型？',
  APP_TYPES_A: 'KubeSphere 支持基于模板的应用和自制应用。基于模板的应用创建自 KubeSphere 应用商店或应用模板，自制应用由用户自定义。',
  HOW_TO_USE_APP_GOVERN_Q: '如何使用应用治理功能?',
  HOW_TO_USE_APP_GOVERN_A: '您可以在创建自制应用时启用应用治理功能。',
  DEPLOY_SAMPLE_APP: '部署示例应用',
  // List
  NO_TEMPLATE_BASED_APP_FOUND: '未发现基于模板的应用',
  TEMPLATE_BASED_APP_EMPTY_DESC: '请从 KubeSphere 应用商店或应用模板创建应用。',
  APP: '应用',
  VERSION: '版本',
  CREATING: '创建中',
  UPGRADING: '已创建',
  DELETING: '删除中',
  // List > Create
  CREATE_APP: '创建应用',
  CREATE_APP_DESC: '从 KubeSphere 应用商店或应用模板创建应用。',
  FROM_APP_STORE: '从应用商店',
  FROM_APP_TEMPLATE: '从应用模板',
  FROM_APP_STORE_DESC: '从 KubeSphere 应用商店创建应用。',
  // List > Create > From App Template
  SELECT_APP_REPOSITORY: '选择应用仓库',
  CURRENT_WORKSPACE: '当前企业空间',
  FROM_APP_TEMPLATE_DESC: '从企业空间或远程应用仓库中的应用模板创建应用。',
  APP_TEMPLATES_MODAL_DESC: '从下拉列表中选择当前企业空间或远程应用仓库以查看可用的应用模板。',
  // List > Create > From App Template > App Information
  // List > Create > From App Template > Chart Files
  // List > Edit
  // List > Delete
  APP_LOW: '应用'
};