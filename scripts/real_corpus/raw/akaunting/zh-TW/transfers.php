<?php

return [

    'from_account'          => '來自帳戶',
    'to_account'            => '收件帳戶',

    'messages' => [
        'delete'            => ':from 至 :to (:amount)',
    ],

];
