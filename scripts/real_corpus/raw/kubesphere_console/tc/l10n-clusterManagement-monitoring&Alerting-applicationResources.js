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
  APPLICATION_RESOURCE_PL: '應用資源監控',
  MONITORING_APPLICATION_DESC: '應用資源提供應用資源用量的監控數據以及用量排行情況。',
  // Resource Usage > Cluster Resource Usage
  CUSTOM_TIME_RANGE: '自定義時間範圍',
  ACCOUNTS: '帳戶',
  DEVOPS_PROJECT_PL: 'DevOps 項目',
  SAMPLING_INTERVAL: '採樣間隔',
  KUBE_SUN: '日',
  KUBE_MON: '一',
  KUBE_TUE: '二',
  KUBE_WED: '三',
  KUBE_THU: '四',
  KUBE_FRI: '五',
  KUBE_SAT: '六',
  KUBE_SUNDAY: '星期日',
  KUBE_MONDAY: '星期一',
  KUBE_TUESDAY: '星期二',
  KUBE_WEDNESDAY: '星期三',
  KUBE_THURSDAY: '星期四',
  KUBE_FRIDAY: '星期五',
  KUBE_SATURDAY: '星期六',
  KUBE_JAN: '1月',
  KUBE_FEB: '2月',
  KUBE_MAR: '3月',
  KUBE_APR: '4月',
  KUBE_MAY: '5月',
  KUBE_JUN: '6月',
  KUBE_JUL: '7月',
  KUBE_AUG: '8月',
  KUBE_SEP: '9月',
  KUBE_OCT: '10月',
  KUBE_NOV: '11月',
  KUBE_DEC: '12月',
  KUBE_JAN_LH: '一月',
  KUBE_FEB_LH: '二月',
  KUBE_MAR_LH: '三月',
  KUBE_APR_LH: '四月',
  KUBE_MAY_LH: '五月',
  KUBE_JUN_LH: '六月',
  KUBE_JUL_LH: '七月',
  KUBE_AUG_LH: '八月',
  KUBE_SEP_LH: '九月',
  KUBE_OCT_LH: '十月',
  KUBE_NOV_LH: '十一月',
  KUBE_DEC_LH: '十二月',
  // Resource Usage > Application Resource Usage
  APPLICATION_RESOURCE_USAGE: '應用資源用量',
  DEPLOYMENT: '部署',
  DEPLOYMENT_PL: '部署',
  DEPLOYMENT_LOW: 'deployment',
  STATEFULSET: '有狀態副本集',
  STATEFULSET_PL: '有狀態副本集',
  STATEFULSET_LOW: 'statefulset',
  DAEMONSET: '守護進程集',
  DAEMONSET_PL: '守護進程集',
  DAEMONSET_LOW: 'daemonset',
  DEPLOYMENTS_VALUE: '部署：{value}',
  STATEFULSETS_VALUE: '有狀態副本集數量：{value}',
  DAEMONSETS_VALUE: '守護進程集數量：{value}',
  RUNNING_PODS: '運行中的容器組數量',
  ROUTE: '應用路由',
  // Resource Usage > Projects
  PROJECT_PL: '項目',
  PROJECT_COUNT: '項目數量',
  // Usage Ranking
  USAGE_RANKING: '用量排行',
  QUOTA_VALUE: '配額：{value}',
  OUTBOUND_TRAFFIC: '出站流量',
  INBOUND_TRAFFIC: '入站流量',
  SORT_BY_NAMESPACE_CPU_USAGE: '按 CPU 使用量排行',
  SORT_BY_NAMESPACE_POD_COUNT: 'Sort by pod quota usage (%)',
  SORT_BY_NAMESPACE_NET_BYTES_RECEIVED: '按網路流入速率排行',
  SORT_BY_NAMESPACE_NET_BYTES_TRANSMITTED: '按網路流出速率排行'
};