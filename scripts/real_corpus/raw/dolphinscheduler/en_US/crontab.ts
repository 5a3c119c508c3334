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
  second: 'second',
  minute: 'minute',
  hour: 'hour',
  day: 'day',
  month: 'month',
  year: 'year',
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
  every_second: 'Every second',
  every: 'Every',
  second_carried_out: 'second carried out',
  second_start: 'Start',
  specific_second: 'Specific second(multiple)',
  specific_second_tip: 'Please enter a specific second',
  cycle_from: 'Cycle from',
  to: 'to',
  every_minute: 'Every minute',
  minute_carried_out: 'minute carried out',
  minute_start: 'Start',
  specific_minute: 'Specific minute(multiple)',
  specific_minute_tip: 'Please enter a specific minute',
  every_hour: 'Every hour',
  hour_carried_out: 'hour carried out',
  hour_start: 'Start',
  specific_hour: 'Specific hour(multiple)',
  specific_hour_tip: 'Please enter a specific hour',
  every_day: 'Every day',
  week_carried_out: 'week carried out',
  start: 'Start',
  day_carried_out: 'day carried out',
  day_start: 'Start',
  specific_week: 'Specific day of the week(multiple)',
  specific_week_tip: 'Please enter a specific week',
  specific_day: 'Specific days(multiple)',
  specific_day_tip: 'Please enter a days',
  last_day_of_month: 'On the last day of the month',
  last_work_day_of_month: 'On the last working day of the month',
  last_of_month: 'At the last of this month',
  before_end_of_month: 'Before the end of this month',
  recent_business_day_to_month:
    'The most recent business day (Monday to Friday) to this month',
  in_this_months: 'In this months',
  every_month: 'Every month',
  month_carried_out: 'month carried out',
  month_start: 'Start',
  specific_month: 'Specific months(multiple)',
  specific_month_tip: 'Please enter a months',
  every_year: 'Every year',
  year_carried_out: 'year carried out',
  year_start: 'Start',
  specific_year: 'Specific year(multiple)',
  specific_year_tip: 'Please enter a year',
  one_hour: 'hour',
  one_day: 'day'
}
