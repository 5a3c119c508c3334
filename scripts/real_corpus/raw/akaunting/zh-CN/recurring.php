<?php

return [

    'recurring'             => '循环',
    'every'                 => '每个',
    'period'                => '周期',
    'times'                 => '次',
    'daily'                 => '每日',
    'weekly'                => '每周',
    'monthly'               => '每月',
    'yearly'                => '每年',
    'custom'                => '自定义',
    'days'                  => '天',
    'weeks'                 => '周',
    'months'                => '月',
    'years'                 => '年',
    'message'               => '这是一个循环的 :type 且下次的 :type 将会自动产生于 :date',

];
