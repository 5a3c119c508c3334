<?php

return [

    'currencies'                => '貨幣',
    'total_income'              => '總收入',
    'receivables'               => '應收帳款',
    'open_invoices'             => '未付發票',
    'overdue_invoices'          => '逾期發票',
    'total_expenses'            => '總支出',
    'payables'                  => '應付帳款',
    'open_bills'                => '未結帳單',
    'overdue_bills'             => '逾期帳單',
    'total_profit'              => '總盈利',
    'open_profit'               => '初始利潤',
    'overdue_profit'            => '逾期利潤',
    'cash_flow'                 => '現金流',
    'no_profit_loss'            => '無利潤損失',
    'income_by_category'        => '收入分類',
    'expenses_by_category'      => '支出分類',
    'account_balance'           => '帳戶餘額',
    'latest_income'             => '近期收入',
    'latest_expenses'           => '近期支出',
];
