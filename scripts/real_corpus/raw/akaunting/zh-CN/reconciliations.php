<?php

return [

    'reconcile'             => '对账',
    'reconciled'            => '已对帐的',
    'closing_balance'       => '期终结余',
    'unreconciled'          => '未对帐的',
    'transactions'          => '交易记录',
    'start_date'            => '开始日期',
    'end_date'              => '结束日期',
    'cleared_amount'        => '已清算金额',
    'deposit'               => '存款',
    'withdrawal'            => '提款',

];
