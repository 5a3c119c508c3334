<?php

return [
    '<strong>Invite</strong> new people' => '<strong>邀請</strong>新用戶',
    'Email' => 'E-mail',
    'Email address(es)' => '邀請對象的E-mail地址',
    'Please add the email addresses of people you want to invite below.' => '請在下面添加您想邀請對象的E-mail地址。',
    'Send invite' => '送出邀請',
    'Separate multiple email addresses by comma.' => '透過逗號 (, ) 分隔多個不同的E-mail地址。',
    'Click here to create an account:' => '',
    'You\'ve been invited to join %appName%' => '',
    '{email} is already registered!' => '',
    '{email} is not valid!' => '',
    '{email} should contain at most {charNum} characters.' => '',
    '{username} invited you to join "{space}" on {name}.' => '',
    '{username} invited you to {name}.' => '',
];
