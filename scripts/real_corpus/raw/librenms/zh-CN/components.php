<?php

return [
    'notification-subscription-status' => [
        'no-support' => '此浏览器不支持通知',
        'no-transport' => '要启用浏览器通知，必须有一个引用此用户的提醒传输方式',
        'enabled' => '已为该浏览器启用通知',
        'disabled' => '已为该浏览器禁用通知',
        'enable' => '启用',
        'disable' => '禁用',
    ],
];
