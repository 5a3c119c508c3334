<?php

return [

    'total_income'              => '总收入',
    'receivables'               => '应收款项',
    'open_invoices'             => '开具发票',
    'overdue_invoices'          => '逾期发票',
    'total_expenses'            => '总费用',
    'payables'                  => '应付款项',
    'open_bills'                => '未结账单',
    'overdue_bills'             => '逾期帐单',
    'total_profit'              => '总利润',
    'open_profit'               => '公开利润',
    'overdue_profit'            => '逾期利润',
    'cash_flow'                 => '现金流',
    'no_profit_loss'            => '无利润损失',
    'income_by_category'        => '收入分类',
    'expenses_by_category'      => '支出分类',
    'account_balance'           => '账户余额',
    'latest_income'             => '最新收入',
    'latest_expenses'           => '近期支出',
];
