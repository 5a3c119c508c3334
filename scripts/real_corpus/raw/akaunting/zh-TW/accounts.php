<?php

return [

    'account_name'          => '帳戶名稱',
    'number'                => '編號',
    'opening_balance'       => '期初餘額',
    'current_balance'       => '目前餘額',
    'bank_name'             => '銀行名稱',
    'bank_phone'            => '銀行電話',
    'bank_address'          => '銀行地址',
    'default_account'       => '預設帳戶',

];
