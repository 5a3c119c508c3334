<?php

return [

    'form_description' => [
        'general'           => 'Your vendor\'s contact information will appear in bills and their profiles. You can add their contact information and their logo to be used in bills.',
        'billing'           => 'The tax number appears in every bill issued to you. The selected currency becomes the default currency for this vendor.',
        'address'           => 'The address is required for the bills, so you need to add billing address details for your vendor.',
    ],

    'no_records' => [
        'bills'             => 'There is no bill for this vendor yet. Create a new one now.',
        'transactions'      => 'There is no transaction for this vendor yet. Create a new one now.',
    ],

];
