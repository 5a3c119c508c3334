<?php
/**
 * Password Reminder Language Lines
 * The following language lines are the default lines which match reasons
 * that are given by the password broker for a password update attempt has failed.
 */
return [

    'password' => '密碼必須至少八個字元，並與確認密碼相符。',
    'user' => "沒有使用這個電子郵件位址的使用者。",
    'token' => '這個電子郵件地址的密碼重設權杖無效。',
    'sent' => '我們已經透過電子郵件發送您的密碼重設連結。',
    'reset' => '您的密碼已被重設！',

];
