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
  CONFIGMAP_DESC: 'A configmap is often used to store configuration information needed for workloads. Many applications will read the information from configuration files, command line parameters, or environment variables.',
  // List
  FIELDS: 'Fields',
  // List > Create > Basic Information
  // List > Create > Data Settings
  // List > Edit Information
  // List > Edit YAML
  EDIT_YAML: 'Edit YAML',
  // List > Edit Settings
  ENTER_CONFIG_VALUE_DESC: 'Enter the value of the mapping configuration field or use the content from the file.',
  CONFIG_FIELD_DESC: 'The unique value of the key mapped by the configuration field.',
  // List > Delete
}
