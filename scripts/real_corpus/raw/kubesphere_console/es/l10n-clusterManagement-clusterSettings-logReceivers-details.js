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
  EDIT_LOG_RECEIVER: 'Edit Log Receiver',
  INDEX_PREFIX: 'Index Prefix',
  // DELETE
  LOG_RECEIVER: 'Log Receiver',
  LOG_RECEIVER_LOW: 'Log Receiver',
  // More > Change Status
  CHANGE_STATUS: 'Cambiar Estado',
  LOG_COLLECTION_ENABLE_TIPS: 'El nuevo estado tarda aproximadamente 1 minuto en surtir efecto.',
  SELECT_STATUS_TIP: 'Select a status',
  // Resource Status
  ADDRESS: 'Address'
};