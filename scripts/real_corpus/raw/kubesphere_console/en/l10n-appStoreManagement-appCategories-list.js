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
  APP_CATEGORY_PL: 'App Categories',
  APP_CATEGORIES_DESC: 'Manage categories of apps released to the App Store. You can create, edit, delete, and change app categories.',
  // All Categories
  ALL_CATEGORIES_VALUE: 'All Categories ({value})',
  APP_CATEGORY_EMPTY_DESC: 'No apps belong to the category.',
  // All Categories > Add
  ENTER_CATEGORY_NAME_TIP: 'Please enter a category name.',
  CATEGORY_NAME_DESC: 'The name can contain any characters and the maximum length is 20 characters.',
  // All Categories > Eit
  // All Categories > Delete
  DELETE_CATEGORY_DESC: 'Are you sure you want to delete the category <b>{name}</b>?',
  // List

  // List > Change Category
  CHANGED_SUCCESSFULLY: 'Changed successfully.',
  CHANGE_CATEGORY: 'Change Category',
  CHANGE_CATEGORY_DESC: 'The app category determines the classification of the app in the App Store.',
}
