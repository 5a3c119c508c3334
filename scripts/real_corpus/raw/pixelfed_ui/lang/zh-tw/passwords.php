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

    'password' => '密碼必須至少六個字元且與確認密碼符合。',
    'reset'    => '您的密碼已重設！',
    'sent'     => '如果您的電子郵件地址已在我們的資料庫裡，您將會在數分鐘內於您的電子郵件地址收到密碼復原連結。如果您沒有收到這封電子郵件的話，請檢查您的垃圾郵件匣。',
    'token'    => '這個密碼重設憑證無效。',
    'user'     => '如果您的電子郵件地址已在我們的資料庫裡，您將會在數分鐘內於您的電子郵件地址收到密碼復原連結。如果您沒有收到這封電子郵件的話，請檢查您的垃圾郵件匣。',

];
