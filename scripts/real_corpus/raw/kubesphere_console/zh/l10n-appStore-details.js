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
  BACK: '返回',
  // Description
  // Install > Deployment Agreement
  AGREE: '同意',
  APP_DEPLOY_AGREEMENT: '安装须知',
  APP_DEPLOY_AGREEMENT_DESC_1: '您必须遵守该应用的开源协议。',
  APP_DEPLOY_AGREEMENT_DESC_2: '您将自行承担部署该应用导致的任何后果。如果需要支持服务，请联系相关开发者。',
  DO_NOT_REMIND_AGAIN: '不再提示',
  // Install > Basic Information
  LOCATION: '位置',
  CLUSTER_NAME_DESC: '名称只能包含小写字母、数字和连字符（-），必须以小写字母开头并以小写字母或数字结尾，最长 32 个字符。',
  FEDPROJECT_CANNOT_DEPLOY_APP_TIP: '无法在多集群项目中安装应用。',
  LATEST_VERSION_SCAP: '最新版本',
  WORKSPACE_EMPTY_DESC: '请选择企业空间',
  VERSION_EMPTY_DESC: '请选择版本。',
  // Install > App Settings
  HELM_APP_SCHEMA_FORM_TIP: '您可以通过图形化表单或 YAML 文件对应用进行设置。图形化表单和 YAML 文件中的设置相互独立。',
  DEPLOYED_SUCCESSFUL: '部署成功。',
  // App Information
  APP_INFORMATION: '应用信息',
  VERSION_NUMBER: '版本号',
  APP_SCREENSHOTS: '应用截图',
  CATEGORY_COLON: '分类：',
  HOMEPAGE_COLON: '首页：',
  RELEASE_DATE_COLON: '发布时间：',
  APP_ID_COLON: '应用 ID：',
  SOURCE_CODE_ADDRESS_COLON: '源代码地址：',
  APP_VERSIONS_TITLE: '版本（只显示 10 个最新的版本）',
  MAINTAINER_COLON: '维护者：',
  // App Details > Verions
  VERSIONS: '版本',
  // APP Details > Keywords
  KEYWORDS: '关键词',
  NONE: '无',
  // App Details > App Introduction
  APP_INTRODUCTION: '应用介绍',
  APP_DETAILS: '应用详情',
  NO_DOCUMENT_DESC: '未发现说明文档。',
  VERSION_INTRO_EMPTY_DESC: '未发现该版本的介绍。',
  // App Details > Chart Files
  CHART_FILES: 'Chart 文件',
  NO_APP_CHART_FILE_FOUND: '未发现该应用的 chart 文件。'
};