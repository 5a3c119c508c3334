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
  // Navigation Pane
  WORKSPACE_MEMBERS: 'Workspace Members',
  // Banner
  WORKSPACE_MEMBER_PL: 'Workspace Members',
  WORKSPACE_MEMBER_DESC: 'Workspace members can view or manage workspace resources. You can manage members and control their permissions in the workspace.',
  // List
  WORKSPACE_MEMBER_EMPTY_DESC: 'Please invite a user to the workspace.',
  ROLE: 'Role',
  REMOVE_MEMBER: 'Remove Member',
  REMOVE_MULTIPLE_MEMBERS: 'Remove Multiple Members',
  REMOVE_MULTIPLE_MEMBERS_TIP: 'Enter the usernames <strong>{resource}</strong> to confirm that you understand the risks of this operation.',
  // List > Invite
  INVITE_WORKSPACE_MEMBER_DESC: 'Invite users to the workspace.',
  INVITE_MEMBER: 'Invite Member',
  INVITE: 'Invite',
  INVITED_SUCCESSFULLY: 'Invited successfully.',
  // List > Remove
  REMOVE_MEMBER_TIP: 'Enter the username <strong>{resource}</strong> to confirm that you understand the risks of this operation.',
}
