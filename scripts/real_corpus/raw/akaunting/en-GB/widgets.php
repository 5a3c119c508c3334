<?php

return [

    'receivables'               => 'Receivables',
    'payables'                  => 'Payables',
    'cash_flow'                 => 'Cash Flow',
    'profit_loss'               => 'Profit & Loss',
    'expenses_by_category'      => 'Expenses By Category',
    'account_balance'           => 'Account Balance',
    'bank_feeds'                => 'Connect Bank Accounts',
    'currencies'                => 'Currencies',

    'view_report'               => 'View Report',
    'total_unpaid_invoices'     => 'Total unpaid invoices',
    'total_unpaid_bills'        => 'Total unpaid bills',

    'description' => [
        'receivables'           => 'Amount that you\'re yet to receive from your customers',
        'payables'              => 'Amount that you\'re yet to pay to your vendors',
        'cash_flow'             => 'Cash coming in and going out of your business',
        'profit_loss'           => 'Income and expenses including unpaid invoices and bills',
        'expenses_by_category'  => 'Top expenses across various categories',
        'account_balance'       => 'Current balance of your bank accounts',
        'bank_feeds'            => 'Import your transactions to Akaunting automatically </br>by connecting your bank accounts',
    ],

    'periods' => [
        'overdue_1_30'          => '1-30 days overdue',
        'overdue_30_60'         => '30-60 days overdue',
        'overdue_60_90'         => '60-90 days overdue',
        'overdue_90_un'         => '> 90 days overdue',
    ],
];
