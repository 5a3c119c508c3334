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
  APP_CATEGORY_PL: '应用分类',
  APP_CATEGORIES_DESC: '对应用商店中已上架的应用进行分类管理。您可以创建、编辑、删除和调整应用分类。',
  // All Categories
  ALL_CATEGORIES_VALUE: '全部分类（{value}）',
  APP_CATEGORY_EMPTY_DESC: '没有属于当前分类的应用。',
  // All Categories > Add
  ENTER_CATEGORY_NAME_TIP: '请输入分类名称。',
  CATEGORY_NAME_DESC: '名称可包含任意字符，最长 20 个字符。',
  // All Categories > Eit
  // All Categories > Delete
  DELETE_CATEGORY_DESC: '您确定要删除分类 <b>{name}</b> 吗?',
  // List
  // List > Change Category
  CHANGED_SUCCESSFULLY: '调整成功。',
  CHANGE_CATEGORY: '更改分类',
  CHANGE_CATEGORY_DESC: '应用分类将决定该应用在应用商店中的分类。'
};