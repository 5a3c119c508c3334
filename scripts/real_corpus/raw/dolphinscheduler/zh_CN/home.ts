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
  task_state_statistics: '任务实例状态统计',
  workflow_state_statistics: '工作流实例状态统计',
  workflow_definition_statistics: '工作流定义统计',
  number: '数量',
  state: '状态',
  submitted_success: '提交成功',
  running_execution: '正在运行',
  ready_pause: '准备暂停',
  pause: '暂停',
  ready_stop: '准备停止',
  stop: '停止',
  failure: '失败',
  success: '成功',
  need_fault_tolerance: '需要容错',
  kill: 'KILL',
  waiting_thread: '等待线程',
  waiting_depend: '等待依赖完成',
  delay_execution: '延时执行',
  forced_success: '强制成功',
  serial_wait: '串行等待',
  dispatch: '派发',
  ready_block: '准备阻断',
  block: '阻断',
  wait_to_run: '等待执行'
}
