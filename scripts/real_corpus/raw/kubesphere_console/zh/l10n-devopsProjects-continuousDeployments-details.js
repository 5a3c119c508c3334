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
  // Sync Status
  LATEST_SYNC_STATUS: '最新同步状态',
  CURRENT_SYNC_STATUS: '当前同步状态',
  SYNC_STRATEGY: '同步策略',
  AUTO_SYNC: '自动同步',
  MANUAL_SYNC: '手动同步',
  END_TIME_SCAP: '结束时间',
  SYNC_RESULT_PL: '同步结果',
  SYNC_RESULT: '同步结果',
  SYNC_RESULT_EMPTY_DESC: '未发现同步结果.'
};