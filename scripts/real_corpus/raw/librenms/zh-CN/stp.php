<?php

return [
    'stp_info' => 'STP 实例信息',
    'stp_ports' => 'STP 端口',
    'vlan' => '虚拟局域网 (VLAN)',
    'root_bridge' => '根桥',
    'bridge_address' => '桥地址 (MAC)',
    'protocol' => '协议规范',
    'priority' => '优先级',
    'last_topology_change' => '拓扑改变时间',
    'topology_changes' => '拓扑改变次数',
    'designated_root' => '指定根 (MAC)',
    'root_cost' => '根成本',
    'root_port' => '根端口',
    'max_age' => '最大年龄 (s)',
    'hello_time' => '你好时间 (s)',
    'hold_time' => '保持时间 (s)',
    'forward_delay' => '转发延迟 (s)',
    'bridge_max_age' => '桥最大年龄 (s)',
    'bridge_hello_time' => '桥你好时间 (s)',
    'bridge_forward_delay' => '桥转发延迟 (s)',
];
