<?php

return [

    'reconcile'             => '帳戶核對',
    'unreconcile'           => '未核對',
    'reconciled'            => '帳戶已核對',
    'opening_balance'       => '期初餘額',
    'closing_balance'       => '期末餘額',
    'unreconciled'          => '帳戶未核對',
    'transactions'          => '交易',
    'start_date'            => '開始日期',
    'end_date'              => '結束日期',
    'cleared_amount'        => '清算金額',
    'deposit'               => '存款',
    'withdrawal'            => '提款',

];
