<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Diagnostics page
    |--------------------------------------------------------------------------
    */
    'title' => '系统诊断',
    'copy_to_clipboard' => '复制诊断信息到剪贴板',
    'self-diagnosis' => '自我诊断',
    'info' => '信息',
    'space' => '空间',
    'load_space' => '加载空间使用情况',
    'configuration' => '配置',
    'loading' => '加载中…',
    'identical_content' => '重复内容',
    'toast' => [
        'info' => '提示',
        'copy' => '诊断信息已复制到剪贴板！',
    ],
    'copy_on_secure_context' => 'Copying diagnostics is only available in secure contexts (HTTPS).',
];
