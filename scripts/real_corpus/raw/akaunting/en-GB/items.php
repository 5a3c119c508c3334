<?php

return [

    'sale_price'                => 'Sale Price',
    'purchase_price'            => 'Purchase Price',
    'enter_item_description'    => 'Enter item description',
    'billing'                   => 'Billing',
    'sale_information'          => 'Sale Information',
    'purchase_information'      => 'Purchase Information',

    'form_description' => [
        'general'               => 'Select a category to make your reports more detailed. The description will be populated when the item is selected in an invoice or bill.',
        'billing'               => 'Sale Information is used within invoices, and Purchase Information is used within bills. Tax will be applied to both invoices and bills.',
    ],

];
