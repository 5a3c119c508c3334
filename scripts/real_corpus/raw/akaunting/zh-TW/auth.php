<?php

return [

    'profile'               => '個人檔案',
    'logout'                => '登出',
    'login'                 => '登入',
    'login_to'              => '登入以開始您的工作',
    'remember_me'           => '記住登入資訊',
    'forgot_password'       => '忘記密碼',
    'reset_password'        => '重設密碼',
    'enter_email'           => '輸入您的電子郵件',
    'current_email'         => '目前的電子郵件',
    'reset'                 => '重設',
    'never'                 => '永遠不要',
    'landing_page'          => '登陸頁面',

    'password' => [
        'current'           => '密碼',
        'current_confirm'   => '確認密碼',
        'new'               => '新的密碼',
        'new_confirm'       => '確認新的密碼',
    ],

    'error' => [
        'self_delete'       => '錯誤：無法刪除自己！',
        'self_disable'      => '錯誤：無法停用自己！',
        'no_company'        => '錯誤：您的帳戶沒有分配公司，請聯繫系統管理員。',
    ],

    'failed'                => '使用者名稱或密碼錯誤',
    'throttle'              => '嘗試登入太多次，請在 :seconds 秒後再試。',
    'disabled'              => '此帳號已被停用，請聯繫系統管理員。',

    'notification' => [
        'message_1'     => '您會收到此郵件表示我們收到重設您帳戶密碼的要求。',
        'message_2'     => '如果你沒有要求重設密碼，則不需要進一步操作。',
        'button'        => '重設密碼',
    ],

];
