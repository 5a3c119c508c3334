<?php

return [

    'can_login'             => '需要登入？',
    'user_created'          => '已建立使用者',

    'error' => [
        'email'             => '此郵件已被使用。',
    ],

];
