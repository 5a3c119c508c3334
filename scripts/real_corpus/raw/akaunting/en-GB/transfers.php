<?php

return [

    'details'               => 'Detail|Details',

    'from_account'          => 'From Account',
    'to_account'            => 'To Account',
    'from_rate'             => 'From Rate',
    'to_rate'               => 'To Rate',
    'from_account_rate'     => 'From Account Rate',
    'to_account_rate'       => 'To Account Rate',
    'from_amount'           => 'From Amount',
    'to_amount'             => 'To Amount',
    'issued_at'             => 'Issue Date',
    'rate'                  => 'Rate',

    'form_description' => [
        'general'           => 'Transfer money between accounts with different currencies and peg the currency to whichever rate you may like.',
        'other'             => 'Select the transfer method as the payment method to make your reports more detailed.',
    ],

    'messages' => [
        'delete'            => ':from to :to (:amount)',
    ],

    'slider' => [
        'create'            => ':user created this transfer on :date',
        'transactions'      => 'List of transactions related to this transfer',
        'transactions_desc' => ':number transaction for :account',
        'attachments'       => 'Download the files attached to this transfer',
    ],

];
