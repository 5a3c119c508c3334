<?php
/**
 * Password Reminder Language Lines
 * The following language lines are the default lines which match reasons
 * that are given by the password broker for a password update attempt has failed.
 */
return [

    'password' => '密码必须至少包含六个字符并与确认相符。',
    'user' => "使用该Email地址的用户不存在。",
    'token' => '重置密码链接无法发送至此邮件地址。',
    'sent' => '我们已经通过Email发送您的密码重置链接！',
    'reset' => '您的密码已被重置！',

];
