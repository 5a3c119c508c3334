<?php

return [

    'domain'                => '網域',
    'logo'                  => '商標',

    'error' => [
        'not_user_company'  => '錯誤：您不允許變更此公司！',
        'delete_active'     => '錯誤：無法刪除使用中的公司。請先切換到另一家！',
        'disable_active'    => '錯誤：無法停用使用中的公司。請先切換到另一家！',
    ],

];
