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
  APPS: '应用',
  APP_STORE_MANAGEMENT: '应用商店管理',
  APP_STORE_DESC: '管理应用商店中的应用。您可以查看应用的信息并上架或下架应用。',
  // List
  APP_CATEGORY: '应用分类',
  APP_EMPTY_DESC: '请在企业空间中创建应用模板并将其发布到应用商店。'
};