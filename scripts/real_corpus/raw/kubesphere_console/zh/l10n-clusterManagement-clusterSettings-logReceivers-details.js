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
  // Edit
  EDIT_LOG_RECEIVER: '编辑日志接收器',
  INDEX_PREFIX: '索引前缀',
  // DELETE
  LOG_RECEIVER: '日志接收器',
  LOG_RECEIVER_LOW: '日志接收器',
  // More > Change Status
  CHANGE_STATUS: '更改状态',
  LOG_COLLECTION_ENABLE_TIPS: '新的状态需要 1 分钟左右生效。',
  SELECT_STATUS_TIP: '选择一个状态',
  // Resource Status
  ADDRESS: '地址'
};