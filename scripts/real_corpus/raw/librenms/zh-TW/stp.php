<?php

return [
    'stp_info' => 'STP 執行個體資訊',
    'stp_ports' => 'STP 通訊埠',
    'vlan' => 'VLAN',
    'root_bridge' => '根橋接器',
    'bridge_address' => '橋接器位址 (MAC)',
    'protocol' => '協定規格',
    'priority' => '優先順序',
    'last_topology_change' => '自上次拓撲變更以來的時間',
    'topology_changes' => '拓撲變更次數',
    'designated_root' => '指定根 (MAC)',
    'root_cost' => '根成本',
    'root_port' => '根通訊埠',
    'max_age' => '最大存留時間 (秒)',
    'hello_time' => 'Hello 間隔 (秒)',
    'hold_time' => '保持時間 (秒)',
    'forward_delay' => '轉送延遲 (秒)',
    'bridge_max_age' => '橋接器最大存留時間 (秒)',
    'bridge_hello_time' => '橋接器 Hello 間隔 (秒)',
    'bridge_forward_delay' => '橋接器轉送延遲 (秒)',

    // additional strings used in views
    'yes' => '是',
    'no' => '否',

    'port' => '通訊埠',
    'state' => '狀態',
    'enable' => '啟用',
    'path_cost' => '路徑成本',
    'designated_root_short' => '指定根',
    'designated_cost' => '指定成本',
    'designated_bridge' => '指定橋接器',
    'designated_port' => '指定通訊埠',
    'forward_transitions' => '轉送狀態轉換次數',
];
