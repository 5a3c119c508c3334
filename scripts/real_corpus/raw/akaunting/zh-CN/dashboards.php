<?php

return [

    'error' => [
        'not_user_dashboard'    => '错误：您无权更改此控制面板！',
        'delete_last'           => '错误：无法删除最后一个控制面板。请先创建一个新控制面板！',
        'disable_last'          => '错误：无法禁用最后一个面板。请先创建一个新面板！',
    ],

];
