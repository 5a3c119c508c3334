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
  // Cluster Information
  NODES: 'Nodos',
  DISK: 'Disk',
  CLUSTER_INFORMATION: 'Información del clúster',
  // Cluster Information > Edit Information
  CLUSTER_NAME: 'Nombre del clúster',
  EDIT_CLUSTER_INFO_DESC: 'Edit basic information about the cluster.',
  // Remove Cluster
  REMOVE_CLUSTER: 'Remove Cluster',
  REMOVE_CLUSTER_DESC: 'After the cluster is removed, KubeSphere will not be able to manage the cluster. Resources in the cluster will not be deleted. Enter the cluster name <strong>{name}</strong> to confirm that you understand the risks of this operation.',
  REMOVE_SUCCESS: 'Removed successfully.'
};