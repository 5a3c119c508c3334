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
  // Title

  // Suspend
  SUSPEND: 'Suspend',
  APP_NOTE: 'Note',
  SUSPEND_SUCCESSFUL: 'Suspended successfully.',
  // Release
  RELEASE: 'Release',
  ACTIVATE_SUCCESSFUL: 'Released successfully.',
  // Attributes
  APP_ID: 'App ID',
  CATEGORY: 'Category',
  TYPE: 'Type',
  // Verisons
  DEVELOPER: 'Developer',
  NO_VERSION_INFO_DESC: 'No version information is found.',
  ACTIVATE_VERSION: 'Activate Version',
  CANCEL_SUBMISSION: 'Cancel Submission',
  SUSPEND_VERSION: 'Suspend Version',
  APP_SUSPEND_TIP: 'The app <strong>{name}</strong> cannot be deployed from the App Store after it is suspended. Are you sure you want to suspend it?',
  APP_RECOVER_TIP: 'The app <strong>{name}</strong> and the suspended versions will be displayed again in the App Store. Are you sure you want to activate it now?',
  // Verisons > Buttons
  // Versions > Chart Files
  // Versions > App Release
  // Versions > App Instances
  // App Information
  // App Release
  REJECTION_REASON: 'Rejection Reason',
  RELEASE_RECORD: 'Release Record',
  RELEASE_RECORD_EMPTY_DESC: 'No release record is found.',
  // App Instances
}
