<?php

return [
    'settings_page' => ':plugin: 設定',
    'admin_page' => '外掛管理',
    'admin_title' => '系統外掛',
    'errors' => [
        'not_exist' => '外掛 :plugin 不存在。',
        'disabled' => '外掛 :plugin 已停用。',
        'view_missing' => '缺少檢視。',
    ],
];
