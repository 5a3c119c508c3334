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

    'password' => '密码必须至少包含6个字符, 且两次输入一致.',
    'reset' => '您的密码已重置!',
    'sent' => '我们已通过邮件将密码重置链接发送至您的邮箱!',
    'token' => '密码重置令牌无效.',
    'user' => "我们无法找到该邮箱对应的用户.",

];
