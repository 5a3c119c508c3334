<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Password Reset Language Lines
    |--------------------------------------------------------------------------
    |
    | The following language lines are the default lines which match reasons
    | that are given by the password broker for a password update attempt
    | has failed, such as for an invalid token or invalid new password.
    |
    */

    'password' => '密码至少需要六个字符，并且要确认两者相符。',
    'reset' => '您的密码已被重置！',
    'sent' => '我们已向您的电子邮件发送了密码重置链接！',
    'throttled' => '请稍候再试。',
    'token' => '此密码重置令牌无效。',
    'user' => '我们无法找到该电子邮件地址对应的用户。',
];
