<?php

return [

    'recurring'             => '循環',
    'every'                 => '每個',
    'period'                => '週期',
    'times'                 => '次',
    'daily'                 => '每日',
    'weekly'                => '每週',
    'monthly'               => '每月',
    'yearly'                => '每年',
    'custom'                => '自訂',
    'days'                  => '天',
    'weeks'                 => '週',
    'months'                => '月',
    'years'                 => '年',
    'message'               => '這是一個循環的 :type 且下次的 :type 將會自動產生於 :date',

];
