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
  TECHNICAL_SUPPORT: 'Technical Support',
  LEARN_MORE_CONTACT_US:
    'For more cloud-native technology empowerment services, please <a class="support-action" href="https://kubesphere.cloud/" target="_blank">Contact Us</a>.',
  // Community Support
  COMMUNITY_SUPPORT: 'Community Support',
  FORUM: 'Forum',
  // Ticket Support
  TICKET_SUPPORT: 'Ticket Support',
  TICKET_SUPPORT_DESC:
    'Professional cloud-native development team and container service delivery team with more than 10 years of public and private cloud support experience and in-depth understanding of industries, providing comprehensive technical support including installation, troubleshooting, recovery, and other professional services.',
  CONTACT_US: 'Contact Us',
  // KubeSphere Enterprise
  KUBESPHERE_ENTERPRISE_CAPTION: 'KubeSphere Enterprise',
  KUBE_SPHERE_ENTERPRISE_DESC:
    'KubeSphere Enterprise is an enterprise-grade container platform developed by QingCloud based on the open-source KubeSphere platform. Compared with the open-source edition, KubeSphere Enterprise enhances capabilities for enterprise quantitative operations, large-scale cluster O&M, and security hardening, and extends multiple key features such as microservice governance and app management. The KubeSphere Enterprise Extension Marketplace provides enterprise-grade extensions to meet requirements of various business scenarios, with expert solutions and technical support from QingCloud.',
  KSE_FEATURE_1:
    'Empowers enterprise digital transformation towards quantitative operations',
  KSE_FEATURE_2: 'Enhances large-scale federated cluster O&M',
  KSE_FEATURE_3: 'Provides full lifecycle security protection',
  KSE_PLATFORM_VERSION: 'Platform Version: <strong>{version}</strong>',
  // KubeSphere Cloud
  KUBESPHERE_CLOUD_CAPTION: 'KubeSphere Cloud',
  KSC_FEATURE_BACKUP: 'KubeSphere Backup',
  KSC_FEATURE_BACKUP_APP_DESC: 'Application-level data protection',
  KSC_FEATURE_BACKUP_DATA_DESC: 'Assured data consistency',
  KSC_FEATURE_BACKUP_CLOUD_DESC: 'Unified management across clouds',
  KSC_FEATURE_INSPECTION: 'KubeSphere Inspection',
  KSC_FEATURE_INSPECTION_VULN_DESC: 'Comprehensive vulnerability scanning',
  KSC_FEATURE_INSPECTION_SECURITY_DESC: 'System security hardening',
  KSC_FEATURE_INSPECTION_BEST_DESC: 'Best practice guidance',
  KSC_FEATURE_LIGHTWEIGHT: 'KubeSphere Lite',
  KSC_FEATURE_LIGHTWEIGHT_START_DESC: 'Cluster setup in seconds',
  KSC_FEATURE_LIGHTWEIGHT_KS_DESC: 'Out-of-the-box KubeSphere cluster',
  KSC_FEATURE_LIGHTWEIGHT_TEST_DESC: 'Ideal for testing and demonstration',
  START_NOW: 'Start Now',
}
