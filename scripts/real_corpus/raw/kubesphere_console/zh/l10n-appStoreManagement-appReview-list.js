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
  APP_REVIEW: '应用审核',
  APP_REVIEW_DESC: '审核待发布到应用商店的应用。',
  // New
  NEW_SUBMIT: '新提交',
  APP_REVIEW_EMPTY_DESC: '请在企业空间中创建应用模板并提交审核。',
  APP_STATUS_TO_BE_REVIEWED: '待审核',
  APP_STATUS_PASSED: '已批准',
  APP_STATUS_SUSPENDED: '已下架',
  APP_STATUS_REJECTED: '已拒绝',
  APP_STATUS_IN_REVIEW: '审核中',
  OPERATOR: '操作者',
  APP_REVIEW_UNPROCESSED_EMPTY_DESC: '没有需要审核的应用'
};