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
  TECHNICAL_SUPPORT: '技术支持',
  LEARN_MORE_CONTACT_US:
    '获取更多云原生技术赋能服务，请<a class="support-action" href="https://kubesphere.cloud/" target="_blank">联系我们</a>。',
  // Community Support
  COMMUNITY_SUPPORT: '社区支持',
  FORUM: '论坛',
  // Ticket Support
  TICKET_SUPPORT: '工单支持',
  TICKET_SUPPORT_DESC:
    '专业云原生开发团队和容器服务交付团队，具有超过 10 年的公有云和私有云支持经验和对行业的深入了解，可提供全面的技术支持，包括安装、故障排除、恢复和其他专业服务。',
  CONTACT_US: '联系我们',
  // KubeSphere Enterprise
  KUBESPHERE_ENTERPRISE_CAPTION: 'KubeSphere Enterprise',
  KUBE_SPHERE_ENTERPRISE_DESC:
    'KubeSphere Enterprise 是由 QingCloud 开发的企业级容器平台，基于 KubeSphere 开源平台。与开源版本相比，KubeSphere Enterprise 增强了企业量化运营、大规模集群运维和安全加固等方面的的能力，并扩展了微型服务治理和应用管理等多个关键功能。KubeSphere Enterprise 扩展组件市场提供企业级扩展组件，以满足各种业务场景的需求，并由 QingCloud 提供专家解决方案和技术支持。',
  KSE_FEATURE_1: '赋能企业数字化转型量化运营',
  KSE_FEATURE_2: '增强大规模联邦集群运维能力',
  KSE_FEATURE_3: '提供全生命周期安全保护',
  KSE_PLATFORM_VERSION: '平台版本： <strong>{version}</strong>',
  // KubeSphere Cloud
  KUBESPHERE_CLOUD_CAPTION: 'KubeSphere Cloud',
  KSC_FEATURE_BACKUP: '备份容灾',
  KSC_FEATURE_BACKUP_APP_DESC: '应用级数据保护',
  KSC_FEATURE_BACKUP_DATA_DESC: '数据一致性保障',
  KSC_FEATURE_BACKUP_CLOUD_DESC: '跨多云统一纳管',
  KSC_FEATURE_INSPECTION: '集群巡检',
  KSC_FEATURE_INSPECTION_VULN_DESC: '全面漏洞扫描',
  KSC_FEATURE_INSPECTION_SECURITY_DESC: '系统安全加固',
  KSC_FEATURE_INSPECTION_BEST_DESC: '最佳实践指导',
  KSC_FEATURE_LIGHTWEIGHT: '轻量集群',
  KSC_FEATURE_LIGHTWEIGHT_START_DESC: '极速启用集群',
  KSC_FEATURE_LIGHTWEIGHT_KS_DESC: 'KubeSphere 开箱即用',
  KSC_FEATURE_LIGHTWEIGHT_TEST_DESC: '满足测试演示场景',
  START_NOW: '立即开始',
}
