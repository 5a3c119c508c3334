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
  APP_DETAILS_DESC: 'Ver detalles de la aplicación a ser lanzada.',
  // Description
  // App Information
  INTRODUCTION: 'Introducción',
  SERVICE_PROVIDER_WEBSITE: 'Sitio Web del Proveedor de Servicio',
  APP_DESCRIPTION: 'Descripción de la aplicación',
  // Documentation
  DOCUMENTATION: 'Documentación',
  NO_DOCUMENT_FOUND: 'No se encontró documentación',
  UPDATE_TIME_COLON: 'Update time: ',
  // Chart Files
  // Update Log
  UPDATE_LOG: 'Registro de actualizaciones',
  NO_UPDATE_LOG_DESC: 'No se ha encontrado registro de actualizaciones.',
  // Reject
  REJECT: 'Reject',
  REJECT_REASON_DESC: 'Complete los motivos de rechazo de la revisión, por favor.',
  REJECT_REASON_TIP: 'Introduce un motivo de rechazo, por favor',
  REJECT_SUCCESSFUL: 'Rechazado Satisfactoriamente',
  // Release
  APPROVE: 'Approve',
  RELEASE_SUCCESSFUL: 'Released successfully.'
};