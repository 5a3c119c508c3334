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
  SERVICE_ACCOUNT_PL: 'Cuentas de servicio',
  SERVICE_ACCOUNT_DESC: 'La cuenta de servicio proporciona una identidad para los procesos que se ejecutan en un pod que se puede usar para acceder al servidor de API',
  // List
  SERVICE_ACCOUNT_EMPTY_DESC: 'Please create a service account.',
  // List > Create
  INVALID_YAML_FILE_FORMAT: 'Formato de archivo YAML no válido.',
  // List > Create > Project Role
  PROJECT_ROLE_SI: 'Rol del proyecto',
  SELECT_PROJECT_ROLE_DESC: 'Seleccione un rol de proyecto para especificar permisos.',
  // List > Edit
  // List > Edit YAML
  // List > Change Role
  CHANGE_ROLE: 'Cambiar rol',
  // List > Delete
  SERVICE_ACCOUNT_LOW: 'service account'
};