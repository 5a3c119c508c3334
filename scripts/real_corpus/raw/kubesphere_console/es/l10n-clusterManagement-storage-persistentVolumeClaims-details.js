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
  // Attributes
  // More > Edit YAML
  // More > Clone Volume
  // More > Create Snapshot
  // More > Expand
  VOLUME_EXPAND_TIP: 'The persistent volume claim has been mounted to a workload. Expanding the persistent volume claim will cause the workload to restart and business will be interrupted for a short while.',
  // More > Delete
  // Resource Status
  // Resource Status > Volume
  // Resource Status > Mounted Pods
  MOUNTED_PODS: 'Mounted Pods',
  // Metadata
  // Events
  // Snapshot
  SNAPSHOT_PL: 'Snapshots'
};