<?php

return [
    '<strong>Invite</strong> new people' => '<strong>邀请</strong> 新人',
    'Click here to create an account:' => '点击这里创建一个新帐户：',
    'Email' => '邮箱',
    'Email address(es)' => '邮箱',
    'Please add the email addresses of people you want to invite below.' => '请添加你想邀请的人的电子邮件地址。',
    'Send invite' => '发送邀请',
    'Separate multiple email addresses by comma.' => '多个邮箱用逗号隔开',
    '{email} is already registered!' => '{email}已经被注册!',
    '{email} is not valid!' => '{email} 无效!',
    '{username} invited you to join "{space}" on {name}.' => '{username} 邀请你加入 "{space}" 的 {name}.',
    '{username} invited you to {name}.' => '{username} 邀请你加入 {name}',
    'You\'ve been invited to join %appName%' => '',
    '{email} should contain at most {charNum} characters.' => '',
];
