<?php

return [

    'can_login'             => '可以登录吗？',
    'user_created'          => '用户创建成功',

    'error' => [
        'email'             => '邮箱已注册',
    ],

];
