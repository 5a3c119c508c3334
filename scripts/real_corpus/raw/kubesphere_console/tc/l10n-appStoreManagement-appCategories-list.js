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
  APP_CATEGORY_PL: '應用類別',
  APP_CATEGORIES_DESC: '您可以在此頁面創建、編輯、刪除類別，對已上架的應用進行類別管理。',
  // All Categories
  ALL_CATEGORIES_VALUE: '全部類別（{value}）',
  APP_CATEGORY_EMPTY_DESC: '該類別暫無綁定的應用。',
  // All Categories > Add
  ENTER_CATEGORY_NAME_TIP: '請輸入類別名稱。',
  CATEGORY_NAME_DESC: '名稱可包含任意字元，最長 20 個字元。',
  // All Categories > Eit
  // All Categories > Delete
  DELETE_CATEGORY_DESC: '您確定要刪除類別 <b>{name}</b> 嗎?',
  // List
  // List > Change Category
  CHANGED_SUCCESSFULLY: '已更改成功',
  CHANGE_CATEGORY: '調整類別',
  CHANGE_CATEGORY_DESC: '應用類別將決定該應用在應用商店中的類別'
};