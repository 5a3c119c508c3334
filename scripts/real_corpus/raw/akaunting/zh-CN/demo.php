<?php

return [

    'accounts' => [
        'cash'              => '现金',
    ],

    'categories' => [
        'deposit'           => '存款',
        'sales'             => '销售额',
    ],

    'currencies' => [
        'usd'               => '美金',
    ],

    'offline_payments' => [
        'cash'              => '现金',
        'bank'              => '银行转帐',
    ],

    'reports' => [
        'income'            => '按类别分列的月收入汇总表。',
        'expense'           => '按类别分列的月支出汇总表。',
        'income_expense'    => '按类别分列的月收入与支出对比。',
        'tax'               => '季度税表。',
        'profit_loss'       => '按类别分列的季度利润和亏损统计表。',
    ],

];
