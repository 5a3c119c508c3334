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
  REQUESTS_FOR_PUSH_AN_ALARM_Q: '如何在告警策略触发后接收告警？',
  REQUESTS_FOR_PUSH_AN_ALARM_A: '平台管理员需要选择告警通知的方式并配置与该方式对应的服务器。',
  HOW_TO_SUPRESS_AN_ALARM_Q: '如何抑制告警？',
  HOW_TO_SUPRESS_AN_ALARM_A: '您可以对每条告警策略进行多级别的设置，每个级别对应不同的告警周期。',
  // List
  // List > Create > Basic Information
  // List > Create > Rule Settings > Rule Template
  SELECT_WORKLOAD_TIP: '请选择至少一个工作负载。',
  KUBE_NO_AVAILABLE_DATA: '未发现数据',
}
