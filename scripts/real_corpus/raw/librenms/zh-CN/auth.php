<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Authentication Language Lines
    |--------------------------------------------------------------------------
    |
    | The following language lines are used during authentication for various
    | messages that we need to display to the user. You are free to modify
    | these language lines according to your application's requirements.
    |
    */

    'title' => '授权',
    'failed' => '这些凭据与我们的记录不符。',
    'password' => '提供的密码不正确。',
    'throttle' => '登录尝试过多。请在 :seconds 秒后重试。',
    'disabled' => '您的账户已禁用，请联系管理员',
];
