<?php

return [

    'code'                  => '代碼',
    'rate'                  => '稅率',
    'default'               => '預設貨幣',
    'decimal_mark'          => '十進位標記',
    'thousands_separator'   => '千分位',
    'precision'             => '精確度',
    'conversion'            => '貨幣轉換： :price (:currency_code) 在 :currency_rate',
    'symbol' => [
        'symbol'            => '符號',
        'position'          => '符號位置',
        'before'            => '金額前方',
        'after'             => '金額後方',
    ]

];
