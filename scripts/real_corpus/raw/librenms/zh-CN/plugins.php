<?php

return [
    'settings_page' => ':插件: 设置',
    'admin_page' => '插件管理',
    'admin_title' => '系统插件',
    'errors' => [
        'not_exist' => '插件 :插件 不存在。',
        'disabled' => '插件 :插件 已被禁用。',
        'view_missing' => '视图丢失。',
    ],
];
