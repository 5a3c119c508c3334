<?php

return [

    'domain'                => 'Domain',
    'logo'                  => 'Logo',

    'error' => [
        'not_user_company'  => 'Error: You are not allowed to change this company!',
        'delete_active'     => 'Error: Can not delete the active company. Please, switch to another first!',
        'disable_active'    => 'Error: Can not disable the active company. Please, switch to another first!',
    ],

    'form_description' => [
        'general'           => 'This information is visible in the records you create.',
        'billing'           => 'The tax number appears in every invoice/bill. Dashboard and Reports are shown under the default currency.',
        'address'           => 'The address will be used in the invoices, bills, and other records that you issue.',
    ],

    'skip_step'             => 'Skip this step',

];
