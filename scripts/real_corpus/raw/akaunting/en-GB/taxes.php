<?php

return [

    'rate'                  => 'Rate',
    'rate_percent'          => 'Rate (%)',
    'normal'                => 'Normal',
    'inclusive'             => 'Inclusive',
    'compound'              => 'Compound',
    'fixed'                 => 'Fixed',
    'withholding'           => 'Withholding',
    'no_taxes'              => 'No Taxes',
    'create_task'           => 'Create a new tax and edit anytime from settings.',
    'new_tax'               => 'New Tax',

    'form_description' => [
        'general'           => 'Inclusive tax is calculated into the price of the item. Compound tax is calculated on top of the other taxes. Fixed tax is applied as an amount, not a percentage.',
    ],

];
