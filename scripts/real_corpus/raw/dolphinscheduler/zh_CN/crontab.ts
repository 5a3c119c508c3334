/*
 * Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements.  See the NOTICE file distributed with
 * this work for additional information regarding copyright ownership.
 * The ASF licenses this file to You under the Apache License, Version 2.0
 * (the "License"); you may not use this file except in compliance with
 * the License.  You may obtain a copy of the License at
 *
 *    http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  second: '秒',
  minute: '分',
  hour: '时',
  day: '天',
  month: '月',
  year: '年',
  monday: '星期一',
  tuesday: '星期二',
  wednesday: '星期三',
  thursday: '星期四',
  friday: '星期五',
  saturday: '星期六',
  sunday: '星期天',
  every_second: '每一秒钟',
  every: '每隔',
  second_carried_out: '秒执行 从',
  second_start: '秒开始',
  specific_second: '具体秒数(可多选)',
  specific_second_tip: '请选择具体秒数',
  cycle_from: '周期从',
  to: '到',
  every_minute: '每一分钟',
  minute_carried_out: '分执行 从',
  minute_start: '分开始',
  specific_minute: '具体分钟数(可多选)',
  specific_minute_tip: '请选择具体分钟数',
  every_hour: '每一小时',
  hour_carried_out: '小时执行 从',
  hour_start: '小时开始',
  specific_hour: '具体小时数(可多选)',
  specific_hour_tip: '请选择具体小时数',
  every_day: '每一天',
  week_carried_out: '周执行 从',
  start: '开始',
  day_carried_out: '天执行 从',
  day_start: '天开始',
  specific_week: '具体星期几(可多选)',
  specific_week_tip: '请选择具体周几',
  specific_day: '具体天数(可多选)',
  specific_day_tip: '请选择具体天数',
  last_day_of_month: '在这个月的最后一天',
  last_work_day_of_month: '在这个月的最后一个工作日',
  last_of_month: '在这个月的最后一个',
  before_end_of_month: '在本月底前',
  recent_business_day_to_month: '最近的工作日（周一至周五）至本月',
  in_this_months: '在这个月的第',
  every_month: '每一月',
  month_carried_out: '月执行 从',
  month_start: '月开始',
  specific_month: '具体月数(可多选)',
  specific_month_tip: '请选择具体月数',
  every_year: '每一年',
  year_carried_out: '年执行 从',
  year_start: '年开始',
  specific_year: '具体年数(可多选)',
  specific_year_tip: '请选择具体年数',
  one_hour: '小时',
  one_day: '日'
}
