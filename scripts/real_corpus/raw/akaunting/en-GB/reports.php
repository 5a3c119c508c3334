<?php

return [

    'years'                         => 'Year|Years',
    'preferences'                   => 'Preference|Preferences',
    'this_year'                     => 'This Year',
    'previous_year'                 => 'Previous Year',
    'this_quarter'                  => 'This Quarter',
    'previous_quarter'              => 'Previous Quarter',
    'last_12_months'                => 'Last 12 Months',
    'profit_loss'                   => 'Profit & Loss',
    'income_summary'                => 'Income Summary',
    'expense_summary'               => 'Expense Summary',
    'income_expense_summary'        => 'Income vs Expense',
    'tax_summary'                   => 'Tax Summary',
    'gross_profit'                  => 'Gross Profit',
    'net_profit'                    => 'Net Profit',
    'total_expenses'                => 'Total Expenses',
    'net'                           => 'NET',
    'income_expense'                => 'Income & Expense',
    'pin'                           => 'Pin your report',

    'income_expense_description'    => 'Get an overview of your income and expenses.',
    'accounting_description'        => 'Get a clear picture of how your business is doing.',

    'form_description' => [
        'general'                   => 'Here you can enter the general information of report such as name, type, description, etc.',
        'preferences'               => 'Preferences helps you to customize your reports.'
    ],

    'charts' => [
        'line'                      => 'Line',
        'bar'                       => 'Bar',
        'pie'                       => 'Pie',
    ],

    'pin_text' => [
        'unpin_report'              => 'Unpin your report',
        'pin_report'                => 'Pin your report',
    ]

];
