<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Left Menu
    |--------------------------------------------------------------------------
    */
    'back_to_gallery' => '返回相册',
    'login' => 'Login',
    'frame' => 'Frame',
    'map' => 'Map',
    'embed_stream' => '嵌入照片流',
    'admin' => '管理',
    'clockwork' => 'Clockwork 应用',
    'logs' => '查看日志',
    'jobs' => '查看任务历史',
    'user' => '用户',
    'sign_out' => '退出登录',
    'about' => '关于',
    'changelog' => 'Changelog',
    'api' => 'API 文档',
    'source_code' => '源代码',
    'support' => '支持',
    'contact' => 'Contact',
    'messages' => 'Messages',
    'people' => 'People',
    'webhooks' => 'Webhooks',
    'shopSizes' => 'Size Catalogue',
];
