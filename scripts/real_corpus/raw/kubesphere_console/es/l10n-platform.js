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
  PLATFORM: 'Platform',
  CLUSTER_MANAGEMENT: 'Cluster Management',
  CLUSTER_DESC: 'Unified management of multiple clusters and their basic resources, components, and application resources.',
  ACCESS_CONTROL_DESC: 'Gestión unificada de espacios de trabajo, cuentas y acceso a roles.',
  APP_STORE_MANAGEMENT_DESC: 'Gestión unificada del ciclo de vida de aplicaciones cloud nativas, incluida su publicación, eliminación y revisión',
  PLATFORM_SETTINGS_DESC: 'Configuración de plataforma personalizada, que incluye información básica y recopilador de registros'
};