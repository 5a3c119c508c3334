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
  CODE_REPO_PL: 'Code Repositories',
  CODE_REPO_LOW: 'code cepository',
  CODE_REPO: '代碼倉庫',
  CODE_REPO_DESC: 'Manage code repositories based on Git.',
  CODE_REPO_EMPTY_DESC: 'Import a code repository from GitHub, GitLab, or Bitbucket. You can also use Git to directly pull source code.',
  IMPORT_CODE_REPO: 'Import Code Repository',
  EDIT_CODE_REPO: 'Edit Code Repository'
};