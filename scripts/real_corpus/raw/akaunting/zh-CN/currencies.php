<?php

return [

    'code'                  => '货币代码',
    'rate'                  => '货币汇率',
    'default'               => '默认货币',
    'decimal_mark'          => '小数点',
    'thousands_separator'   => '千位分隔符',
    'precision'             => '精确度',
    'symbol' => [
        'symbol'            => '货币符号',
        'position'          => '货币符号位置',
        'before'            => '货币兑换前',
        'after'             => '货币兑换后',
    ]

];
