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
  WORKSPACE_MEMBERS: '企业空间成员',
  // Banner
  WORKSPACE_MEMBER_PL: '企业空间成员',
  WORKSPACE_MEMBER_DESC: '企业空间成员可以查看或管理企业空间资源。您可以管理企业空间中的成员并控制成员权限。',
  // List
  WORKSPACE_MEMBER_EMPTY_DESC: '请邀请一个用户到当前企业空间。',
  ROLE: '角色',
  REMOVE_MEMBER: '移除成员',
  REMOVE_MULTIPLE_MEMBERS: '指移除成员',
  REMOVE_MULTIPLE_MEMBERS_TIP: '请输入用户名 <strong>{resource}</strong> 以确认您了解此操作的风险。',
  // List > Invite
  INVITE_WORKSPACE_MEMBER_DESC: '邀请用户到当前企业空间。',
  INVITE_MEMBER: '邀请成员',
  INVITE: '邀请',
  INVITED_SUCCESSFULLY: '邀请成功。',
  // List > Remove
  REMOVE_MEMBER_TIP: '请输入用户名 <strong>{resource}</strong> 以确认您了解此操作的风险。'
};