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
  VOLUME_SNAPSHOT_CLASS_PL: 'Volume Snapshot Classes',
  VOLUME_SNAPSHOT_CLASS: 'Volume Snapshot Class',
  VOLUME_SNAPSHOT_CLASS_DESC: 'Volume snapshot classes provide a way for administrators to define storage types used for volume snapshots.',
  VOLUME_SNAPSHOT_CLASS_EMPTY_DESC: 'Please create a volume snapshot class.',
  // List > Create
  SNAPSHOT_CLASS_SETTINGS: 'Volume Snapshot Class Settings',
  SNAPSHOT_CLASS_PROVISIONER_DESC: 'Enter the name of a CSI plugin.',
  SNAPSHOT_CLASS_PROVISIONER_EMPTY_DESC: 'Please enter the name of a CSI plugin.',
  // List > Delete
  VOLUME_SNAPSHOT_CLASS_LOW: 'volume snapshot class',
  DELETE_VOLUME_SNAPSHOT_CLASS: 'Delete Volume Snapshot Class'
};