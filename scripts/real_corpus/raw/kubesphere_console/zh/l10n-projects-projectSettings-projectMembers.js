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
  PROJECT_MEMBER: '项目成员',
  PROJECT_MEMBER_PL: '项目成员',
  PROJECT_MEMBER_DESC: '项目成员可以查看或管理项目资源。项目管理员可以邀请企业空间成员至该项目并对项目成员进行管理。',
  // List
  // List > Change Role
  // List > Remove
  REMOVE: '移除',
  // Invite
  INVITE_MEMBER_DESC: '邀请当前企业空间的成员到当前项目。',
  PROJECT_MEMBER_EMPTY_DESC: '请邀请当前企业空间的成员到当前项目。',
  INVITE_MEMBER_SEARCH_PLACEHOLDER: '输入用户名邀请项目成员',
  // Invite > Assign Role
  ASSIGN_ROLE: '分配角色'
};