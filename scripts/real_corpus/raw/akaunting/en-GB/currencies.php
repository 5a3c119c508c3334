<?php

return [

    'code'                  => 'Code',
    'rate'                  => 'Rate',
    'default'               => 'Default Currency',
    'decimal_mark'          => 'Decimal Mark',
    'thousands_separator'   => 'Thousands Separator',
    'precision'             => 'Precision',
    'conversion'            => 'Currency conversion: :price (:currency_code) at :currency_rate',
    'symbol' => [
        'symbol'            => 'Symbol',
        'position'          => 'Symbol Position',
        'before'            => 'Before Amount',
        'after'             => 'After Amount',
    ],

    'form_description' => [
        'general'           => 'The default currency is used on Dashboard and Reports. For other currencies, rate must be lower than 1 for weaker currencies and higher than 1 for stronger currencies.',
    ],

    'no_currency'           => 'No Currency',
    'create_currency'       => 'Create a new currency and edit anytime from settings.',
    'new_currency'          => 'New Currency',

];
