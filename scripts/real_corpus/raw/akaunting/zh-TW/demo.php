<?php

return [

    'accounts' => [
        'cash'              => '現金',
    ],

    'categories' => [
        'deposit'           => '存款',
        'sales'             => '銷售額',
    ],

    'currencies' => [
        'usd'               => '美金',
    ],

    'offline_payments' => [
        'cash'              => '現金',
        'bank'              => '銀行轉帳',
    ],

    'reports' => [
        'income'            => '按類別分列的月收入總表。',
        'expense'           => '按類別分列的月支出總表。',
        'income_expense'    => '按類別分列的月收入/支出對比。',
        'tax'               => '季度稅表。',
        'profit_loss'       => '按類別分列的季度利潤和虧損統計表。',
    ],

];
