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

    'password' => '密码必须至少为六个字符并与确认密码匹配。',
    'reset'    => '您的密码已重置！',
    'sent'     => '如果您的电子邮件地址存在于我们的数据库中，您将在几分钟后在您的电子邮件地址收到密码恢复链接。如果您没有收到此电子邮件，请检查您的垃圾邮件文件夹。',
    'token'    => '此密码重置令牌无效。',
    'user'     => '如果您的电子邮件地址存在于我们的数据库中，您将在几分钟后在您的电子邮件地址收到密码恢复链接。如果您没有收到此电子邮件，请检查您的垃圾邮件文件夹。',

];
