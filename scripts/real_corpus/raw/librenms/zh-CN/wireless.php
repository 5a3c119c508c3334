<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Wireless Sensors Language Lines
    |--------------------------------------------------------------------------
    |
    | The following language lines are used to translate names and units of wireless sensors
    |
    */

    'title' => '无线',
    'ap-count' => [
        'short' => 'AP数量',
        'long' => '接入点计数',
        'unit' => '',
    ],
    'clients' => [
        'short' => '客户端',
        'long' => '客户端数量',
        'unit' => '',
    ],
    'capacity' => [
        'short' => '容量',
        'long' => '容量',
        'unit' => '%',
    ],
    'ccq' => [
        'short' => 'CCQ',
        'long' => '客户端连接质量',
        'unit' => '%',
    ],
    'errors' => [
        'short' => '错误',
        'long' => '错误计数',
        'unit' => '',
    ],
    'error-ratio' => [
        'short' => '错误比率',
        'long' => '位/包错误比率',
        'unit' => '%',
    ],
    'error-rate' => [
        'short' => '误码率',
        'long' => '比特误码率',
        'unit' => 'bps',
    ],
    'frequency' => [
        'short' => '频率',
        'long' => '频率',
        'unit' => 'MHz',
    ],
    'distance' => [
        'short' => '距离',
        'long' => '距离',
        'unit' => '米',
    ],
    'mse' => [
        'short' => 'MSE',
        'long' => '平均误差',
        'unit' => 'dB',
    ],
    'noise-floor' => [
        'short' => '背景噪声',
        'long' => '背景噪声',
        'unit' => 'dBm',
    ],
    'power' => [
        'short' => '功率/信号',
        'long' => '发射/接收功率或信号强度',
        'unit' => 'dBm',
    ],
    'quality' => [
        'short' => '质量',
        'long' => '质量',
        'unit' => '%',
    ],
    'rate' => [
        'short' => '速率',
        'long' => '发射/接收速率',
        'unit' => 'bps',
    ],
    'rssi' => [
        'short' => 'RSSI',
        'long' => '接收信号强度指示',
        'unit' => 'dBm',
    ],
    'snr' => [
        'short' => '信噪比',
        'long' => '信号与噪声比',
        'unit' => 'dB',
    ],
    'sinr' => [
        'short' => 'SINR',
        'long' => '信号与干扰加噪声比',
        'unit' => 'dB',
    ],
    'rsrq' => [
        'short' => 'RSRQ',
        'long' => '接收参考信号质量',
        'unit' => 'dB',
    ],
    'rsrp' => [
        'short' => 'RSRP',
        'long' => '接收参考信号功率',
        'unit' => 'dBm',
    ],
    'ssr' => [
        'short' => 'SSR',
        'long' => '信号强度比',
        'unit' => 'dB',
    ],
    'utilization' => [
        'short' => '利用率',
        'long' => '利用率',
        'unit' => '%',
    ],
    'xpi' => [
        'short' => 'XPI',
        'long' => '交叉极化干扰',
        'unit' => 'dB',
    ],
    'cell' => [
        'short' => '小区',
        'long' => '小区',
        'unit' => '',
    ],
    'channel' => [
        'short' => '信道',
        'long' => '信道',
        'unit' => '',
    ],
];
