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
  APP_DEPLOY_AGREEMENT: '部屬須知',
  APP_DEPLOY_AGREEMENT_DESC_1: '您必須遵守該應用的開源協議。',
  APP_DEPLOY_AGREEMENT_DESC_2: '您部署該應用導致的任何後果將由您自行承擔。如果需要支持服務，請聯繫相關開發者。',
  DO_NOT_REMIND_AGAIN: '不再提示',
  // Install > Basic Information
  LOCATION: '位置',
  CLUSTER_NAME_DESC: 'The name can contain only lowercase letters, numbers, and hyphens (-), must start with a lowercase letter, and must end with a lowercase letter or number. The maximum length is 32 characters.',
  FEDPROJECT_CANNOT_DEPLOY_APP_TIP: '無法在多集群項目裡部署應用.',
  LATEST_VERSION_SCAP: '最新版本',
  WORKSPACE_EMPTY_DESC: '請選擇企業空間',
  VERSION_EMPTY_DESC: '請選擇版本',
  // Install > App Settings
  HELM_APP_SCHEMA_FORM_TIP: '此應用支持表單模式，可選擇通過表單或 YAML 編輯器來修改預設應用配置。注意：不同模式之間數據獨立。',
  DEPLOYED_SUCCESSFUL: '部屬成功。',
  // App Information
  APP_INFORMATION: '應用資訊',
  VERSION_NUMBER: '版本號碼',
  APP_SCREENSHOTS: '應用截圖',
  CATEGORY_COLON: '類別：',
  HOMEPAGE_COLON: '首頁：',
  RELEASE_DATE_COLON: '發布時間：',
  APP_ID_COLON: '應用程式 ID：',
  SOURCE_CODE_ADDRESS_COLON: 'Source Code Address:',
  APP_VERSIONS_TITLE: '版本（只顯示 10 個最新的版本）',
  MAINTAINER_COLON: '維護者',
  // App Details > Verions
  VERSIONS: '版本',
  // APP Details > Keywords
  KEYWORDS: '關鍵字',
  NONE: '無',
  // App Details > App Introduction
  APP_INTRODUCTION: '應用程式介紹',
  APP_DETAILS: '應用程式詳情',
  NO_DOCUMENT_DESC: '沒有說明文件',
  VERSION_INTRO_EMPTY_DESC: '該版本沒有說明文件',
  // App Details > Chart Files
  CHART_FILES: '配置文件',
  NO_APP_CHART_FILE_FOUND: '該應用程式沒有配置文件'
};