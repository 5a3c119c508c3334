<?php

return [

    'from_account'          => '来自账户',
    'to_account'            => '收件账户',

    'messages' => [
        'delete'            => ':from 到 :to (:amount)',
    ],

];
