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
  APP_ID: 'ID de la aplicación',
  CATEGORY: 'Categoría',
  TYPE: 'Tipo',
  // Verisons
  DEVELOPER: 'Developer',
  NO_VERSION_INFO_DESC: 'No version information is found.',
  ACTIVATE_VERSION: 'Activar versión',
  CANCEL_SUBMISSION: 'Cancelar revisión',
  SUSPEND_VERSION: 'Suspender versión',
  APP_SUSPEND_TIP: 'La aplicación <strong>{name}</strong> no se puede comprar en la tienda cuando está suspendida. ¿Estás seguro de suspenderlo ahora?',
  APP_RECOVER_TIP: 'La aplicación <strong>{name}</strong> y las versiones suspendidas se mostrarán nuevamente en la tienda. ¿Estás seguro de activarlo ahora?',
  // Verisons > Buttons
  // Versions > Chart Files
  // Versions > App Release
  // Versions > App Instances
  // App Information
  // App Release
  REJECTION_REASON: 'Motivo de Rechazo',
  RELEASE_RECORD: 'Release Record',
  RELEASE_RECORD_EMPTY_DESC: 'No release record is found.'
};