<?php

return [

    'api_key'               => 'API 密鑰',
    'my_apps'               => '我的應用程式',
    'pre_sale'              => '售前服務',
    'top_paid'              => '最佳銷售',
    'new'                   => '新增',
    'top_free'              => '最佳免費',
    'free'                  => '免費',
    'install'               => '安裝',
    'buy_now'               => '現在購買',
    'get_api_key'           => '<a href=":url" target="_blank">點擊這裡</a> 獲取您的 API 密鑰。',
    'no_apps'               => '此分類中尚無應用程式。',
    'become_developer'      => '您是開發者嗎？ <a href=":url" target="_blank">在這裡</a> 您可以學習如何創建一個 app 並立即開始銷售！',
    'recommended_apps'      => '推薦的程序',

    'about'                 => '關於',

    'added'                 => '已新增',
    'updated'               => '已更新',
    'compatibility'         => '相容性',
    'documentation'         => '文件',
    'view'                  => '檢視',
    'back'                  => '返回',

    'installed'             => '已安裝 :module',
    'uninstalled'           => '已移除 :module',
    //'updated'               => ':module updated',
    'enabled'               => '已啟用 :module',
    'disabled'              => '已停用 :module',

    'tab' => [
        'installation'      => '安裝',
        'faq'               => '常見問題',
        'changelog'         => '更新日誌',
        'reviews'           => '評論',
    ],

    'installation' => [
        'header'            => '應用程式安裝',
        'download'          => '模板 :module 下載中',
        'unzip'             => '模板 :module 解壓中',
        'file_copy'         => '模板 :module 複製中',
        'finish'            => '模板 :module 完成安裝中',
        'redirect'          => '模板 :module 已完成安裝，將跳轉至更新頁面。',
        'install'           => '正在安裝模板 :module ',
    ],

    'errors' => [
        'download'          => '無法下載 :module',
        'zip'               => '無法創建 :module zip 文件',
        'unzip'             => '無法解壓 :module',
        'file_copy'         => '無法復制 :module 文件',
        'finish'            => '無法完成 :module 安裝',
    ],

    'badge' => [
        'installed'         => '已安裝',
        'pre_sale'          => '售前服務',
    ],

    'button' => [
        'uninstall'         => '移除',
        'disable'           => '停用',
        'enable'            => '啟用',
    ],

    'my' => [
        'purchased'         => '已購買',
        'installed'         => '已安裝',
    ],

    'reviews' => [
        'button' => [
            'add'           => '新增評論'
        ],

        'na'                => '目前沒有評論'
    ],

];
