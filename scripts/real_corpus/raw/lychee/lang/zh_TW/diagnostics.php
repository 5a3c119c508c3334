<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Diagnostics page
    |--------------------------------------------------------------------------
    */
    'title' => '診斷',
    'copy_to_clipboard' => '複制診斷到剪貼簿',
    'self-diagnosis' => '自我診斷',
    'info' => '資料',
    'space' => '空間',
    'load_space' => '已使用負載空間。',
    'configuration' => '設定',
    'loading' => '加載中…',
    'identical_content' => '相同的內容',
    'toast' => [
        'info' => '資料',
        'copy' => '診斷已複制到剪貼簿!',
    ],
    'copy_on_secure_context' => 'Copying diagnostics is only available in secure contexts (HTTPS).',
];
