<?php

return [

    'error' => [
        'not_user_dashboard'    => '錯誤：您無權更改此控制面板！',
        'delete_last'           => '錯誤：無法刪除最後一個控制面板。請先創建一個新控制面板！',
        'disable_last'          => '錯誤：無法禁用最後一個面板。請先創建一個新面板！',
    ],

];
