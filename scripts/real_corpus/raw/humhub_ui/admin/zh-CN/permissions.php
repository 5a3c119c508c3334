<?php

return [
    'Access Admin Information' => '访问管理信息',
    'Can access the \'Administration -> Information\' section.' => '可以访问 \'管理 -> 信息\'',
    'Can manage Spaces within the \'Administration -> Spaces\' section.' => '可以访问 \'管理 -> 空间\'(增加/编辑/删除)',
    'Can manage general settings.' => '可以管理用户 空间 和常规设置。',
    'Can manage users and groups' => '可以管理用户和组',
    'Can manage users and user profiles.' => '可以管理用户和用户属性。',
    'Manage Groups' => '管理组',
    'Manage Modules' => '管理模块',
    'Manage Settings' => '管理设置',
    'Manage Spaces' => '管理空间',
    'Manage Users' => '管理用户',
    'Can manage (e.g. edit or delete) all content (even private)' => '',
    'Can manage modules within the \'Administration ->  Modules\' section.' => '',
    'Manage All Content' => '',
];
