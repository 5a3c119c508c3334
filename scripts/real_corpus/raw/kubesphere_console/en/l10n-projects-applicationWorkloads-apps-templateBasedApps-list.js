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
  TEMPLATE_BASED_APP_PL: 'Template-Based Apps',
  APPLICATIONS_DESC: 'An app provides users with comprehensive business functions in one package. App templates in KubeSphere are built on the Helm packaging specification. They are delivered through a unified public or private Helm repository. An app is composed of one or more Kubernetes objects including workloads, services and ingresses.',
  APP_PL: 'Apps',
  APP_TYPES_Q: 'What app types does KubeSphere support?',
  APP_TYPES_A: 'KubeSphere supports templated-based apps and composed apps. Template-based apps are created from You can deploy apps from the KubeSphere App Store or an app template. Composed apps are customized by users.',
  HOW_TO_USE_APP_GOVERN_Q: 'How do I use Application Governance?',
  HOW_TO_USE_APP_GOVERN_A: 'You can enable Application Governance when you create a composed app.',
  DEPLOY_SAMPLE_APP: 'Deploy Sample App',
  // List
  NO_TEMPLATE_BASED_APP_FOUND: 'No Template-Based App Found',
  TEMPLATE_BASED_APP_EMPTY_DESC: 'Please create an app from the KubeSphere App Store or an app template.',
  APP: 'App',
  VERSION: 'Version',
  CREATING: 'Creating',
  UPGRADING: 'Created',
  DELETING: 'Deleting',
  // List > Create
  CREATE_APP: 'Create App',
  CREATE_APP_DESC: 'Create an app from the KubeSphere App Store or an app template.',
  FROM_APP_STORE: 'From App Store',
  FROM_APP_TEMPLATE: 'From App Template',
  FROM_APP_STORE_DESC: 'Create an app from the KubeSphere App Store.',
  // List > Create > From App Template
  SELECT_APP_REPOSITORY: 'Select app repository',
  CURRENT_WORKSPACE: 'Current workspace',
  FROM_APP_TEMPLATE_DESC: 'Create an app from an app template in the current workspace or in a remote app repository.',
  APP_TEMPLATES_MODAL_DESC: 'Select the current workspace or a remote app repository from the drop-down list to view the available app templates.',
  // List > Create > From App Template > App Information
  // List > Create > From App Template > Chart Files
  // List > Edit
  // List > Delete
  APP_LOW: 'app',
}
