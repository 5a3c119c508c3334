<?php

return [

    'this_year'                 => '今年',
    'previous_year'             => '去年',
    'this_quarter'              => '本季',
    'previous_quarter'          => '前一季',
    'last_12_months'            => '過去 12 個月',
    'profit_loss'               => '損益',
    'gross_profit'              => '毛利',
    'net_profit'                => '初始利潤',
    'total_expenses'            => '總費用',
    'net'                       => '初始',
    'income_expense'            => '收入 及 支出',
    'income_summary'            => '收入概要',
    'expense_summary'           => '支出概要',
    'income_expense_summary'    => '收入 vs 支出',
    'tax_summary'               => '稅務概要',

    'charts' => [
        'line'                  => '綠狀',
        'bar'                   => '條狀',
        'pie'                   => '餅狀',
    ],

];
