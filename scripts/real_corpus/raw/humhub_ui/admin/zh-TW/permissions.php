<?php

return [
    'Access Admin Information' => '存取管理資訊',
    'Can manage general settings.' => '可以管理一般設定。',
    'Can manage users and groups' => '可以管理用戶和群組',
    'Can manage users and user profiles.' => '可以管理用戶和用戶的個人檔案。',
    'Manage Groups' => '管理群組',
    'Manage Modules' => '管理模組',
    'Manage Settings' => '管理設定',
    'Manage Spaces' => '管理Space',
    'Manage Users' => '管理用戶',
    'Can access the \'Administration -> Information\' section.' => '',
    'Can manage (e.g. edit or delete) all content (even private)' => '',
    'Can manage Spaces within the \'Administration -> Spaces\' section.' => '',
    'Can manage modules within the \'Administration ->  Modules\' section.' => '',
    'Manage All Content' => '',
];
