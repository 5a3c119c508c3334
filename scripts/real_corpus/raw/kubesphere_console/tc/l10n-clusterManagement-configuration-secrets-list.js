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
  SECRET_DESC: '保密字典（Secret）是一種包含少量敏感資訊的資源對象，例如密碼、token、秘鑰等，以鍵值對形式保存並且可以在容器組中使用。',
  // List
  SECRET_FIELD_COUNT: '字段數量',
  SECRET_EMPTY_DESC: '保密字典是一種包含少量敏感資訊的資源對象，例如密碼、token、秘鑰等，以鍵/值對形式保存並且可以在容器組中使用。',
  // List > Create > Basic Information
  SECRET: '保密字典',
  // List > Create > Data Settings
  DATA_SETTINGS: '數據設置',
  IMAGE_REGISTRY_INFORMATION: '鏡像倉庫資訊',
  TLS_INFORMATION: 'TLS 資訊',
  USERNAME_PASSWORD: '用戶名稱與密碼',
  ADD_DATA_TCAP: '新增數據',
  ADD_DATA_DESC: '新增鍵值對數據。',
  REGISTRY_ADDRESS_TIP: '設置鏡像倉庫地址，例如 docker.io。',
  IMAGE_REGISTRY_REQUIRED_DESC: '請設置倉庫地址\b、用戶名稱和密碼資訊。',
  CREDENTIAL_NAME_EMPTY_DESC: '請輸入憑證名稱。',
  ENTER_PRIVATE_KEY_DESC: '請輸入私鑰。',
  ENTER_DATA_DESC: '請新增數據。',
  PRIVATE_KEY_TCAP: '私鑰',
  REGISTRY_ADDRESS_TCAP: '倉庫地址',
  REGISTRY_SECRET_VER_ERR: '鏡像倉庫驗證失敗。',
  REGISTRY_SECRET_VER_SUC: '鏡像倉庫驗證通過。',
  SECRET_NO_CHINESE_CODE_DESC: '保密字典的鍵必須由字母數字字符、連字符（-）、下劃線（_）或句點（.）組成。',
  SECRET_TYPE_DESC: '選擇一個保密字典類型',
  IMAGE_REGISTRY_VALIDATE_TIP: '創建鏡像倉庫密鑰前, 請先驗證用戶名和密碼。',
  DATA_KEY: '鍵',
  DATA_VALUE: '值',
  DEFAULT: '預設',
  USERNAME_AND_PASSWORD: '用戶名和密碼',
  // List > Edit Information
  // List > Edit YAML
  // List > Edit Settings
  DATA: '數據',
  EDIT_DATA_TCAP: '編輯數據'
};