<?php

return [

    'collapse'              => 'Collapse',

    'form_description' => [
        'general'           => 'The category helps you classify your items, incomes, expenses, and other records.',
    ],

];
