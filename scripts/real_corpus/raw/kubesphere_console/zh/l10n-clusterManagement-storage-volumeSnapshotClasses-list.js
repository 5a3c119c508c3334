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
  VOLUME_SNAPSHOT_CLASS_PL: '卷快照类',
  VOLUME_SNAPSHOT_CLASS: '卷快照类',
  VOLUME_SNAPSHOT_CLASS_DESC: '卷快照类可用于定义卷快照的存储类型。',
  VOLUME_SNAPSHOT_CLASS_EMPTY_DESC: '请创建一个卷快照类。',
  // List > Create
  SNAPSHOT_CLASS_SETTINGS: '卷快照类设置',
  SNAPSHOT_CLASS_PROVISIONER_DESC: '输入 CSI 插件的名称。',
  SNAPSHOT_CLASS_PROVISIONER_EMPTY_DESC: '请输入 CSI 插件的名称。',
  // List > Delete
  VOLUME_SNAPSHOT_CLASS_LOW: '卷快照类',
  DELETE_VOLUME_SNAPSHOT_CLASS: '删除卷快照类'
};