/*
 * This file is part of KubeSphere Console.
 * Copyright (C) 2019-2022 The KubeSphere Console Authors.
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
  CODE_REPO_PL: '代码仓库',
  CODE_REPO_LOW: '代码仓库',
  CODE_REPO: '代码仓库',
  CODE_REPO_DESC: '基于 Git 管理代码仓库.',
  CODE_REPO_EMPTY_DESC: '从 GitHub 、 GitLab 或 Bitbucket 导入代码仓库。您也可以使用 Git 直接拉取源代码。',
  IMPORT_CODE_REPO: '导入代码仓库',
  EDIT_CODE_REPO: '编辑代码仓库'
};