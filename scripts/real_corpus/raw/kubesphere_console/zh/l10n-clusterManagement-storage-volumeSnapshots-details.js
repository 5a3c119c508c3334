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
  // More > Create Volume
  CREATE_VOLUME: '创建卷',
  SNAPSHOT_CLASS_NOT_EXIST_TITLE: '未发现卷快照类',
  SNAPSHOT_CLASS_NOT_EXIST: '卷快照的卷快照类不存在。',
  // Attributes
  // Data Source
  STORAGE_CLASS_SCAP: '存储类',
  DATA_SOURCE: '数据源'
};