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
  DEVOPS_PROJECT_MEMBER: 'DevOps 项目成员',
  DEVOPS_PROJECT_MEMBER_PL: 'DevOps 项目成员',
  DEVOPS_PROJECT_MEM_DESC: '对项目内的成员进行管理及角色分配。',
  // List
  DEVOPS_PROJECT_MEMBER_EMPTY_DESC: '请邀请当前企业空间的成员到当前 DevOps 项目。',
  // List > Change Member Role
  // List > Remove Member
  // Invite
  INVITE_MEMBER_DESC_DEVOPS: '邀请当前企业空间的成员到当前 DevOps 项目。',
  HOW_TO_INVITE_MEMBER_Q: '如何邀请成员到项目？',
  HOW_TO_INVITE_MEMBER_A: '项目管理员或者拥有成员邀请权限的用户可以邀请当前企业空间内的成员加入项目。'
};