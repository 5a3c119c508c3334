<?php

return [

    'this_year'                 => '今年',
    'previous_year'             => '去年',
    'this_quarter'              => '本季',
    'previous_quarter'          => '前一季',
    'last_12_months'            => '过去 12 个月',
    'profit_loss'               => '损益',
    'gross_profit'              => '毛利',
    'net_profit'                => '初始利润',
    'total_expenses'            => '总费用',
    'net'                       => '初始',
    'income_expense'            => '收入&支出',
    'income_summary'            => '收入概要',
    'expense_summary'           => '支出概要',
    'income_expense_summary'    => '收入 vs 支出',
    'tax_summary'               => '税务概要',

    'charts' => [
        'line'                  => '曲线图',
        'bar'                   => '柱状图',
        'pie'                   => '饼图',
    ],

];
