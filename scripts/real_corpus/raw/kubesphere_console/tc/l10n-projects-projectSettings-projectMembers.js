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
  PROJECT_MEMBER: 'Project Member',
  PROJECT_MEMBER_PL: '項目成員',
  PROJECT_MEMBER_DESC: 'Project members can view or manage project resources. The project administrator can invite members who belong to the workspace to the project and manage project members.',
  // List
  // List > Change Role
  // List > Remove
  REMOVE: 'Remove',
  // Invite
  INVITE_MEMBER_DESC: 'You can invite members who belong to the workspace to the project.',
  PROJECT_MEMBER_EMPTY_DESC: 'Please invite a member of the current workspace to the project.',
  INVITE_MEMBER_SEARCH_PLACEHOLDER: '輸入用戶名邀請項目成員',
  // Invite > Assign Role
  ASSIGN_ROLE: 'Assign Role'
};