<?php

return [

    'api_key'               => 'API密钥',
    'my_apps'               => '我的应用',
    'pre_sale'              => '预售',
    'top_paid'              => '最佳销售',
    'new'                   => '新增',
    'top_free'              => '最佳免费',
    'free'                  => '免费',
    'install'               => '安装',
    'buy_now'               => '马上购买',
    'get_api_key'           => '<a href=":url" target="_blank">点击这里</a> 获取您的 API 密钥。',
    'no_apps'               => '此分类中尚无App。',
    'become_developer'      => '您是开发者吗？ <a href=":url" target="_blank">在这里</a> 您可以学习如何创建一个应用并立即开始销售！',
    'recommended_apps'      => '推荐应用',

    'about'                 => '關於',

    'added'                 => '已新增',
    'updated'               => '已更新',
    'compatibility'         => '相容性',
    'documentation'         => '文档',
    'view'                  => '查看',
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
        'reviews'           => '商品点评',
    ],

    'installation' => [
        'header'            => '應用程式安裝',
        'download'          => '下载 :module',
        'unzip'             => '导出 :module 文件',
        'file_copy'         => '正在复制 :module 文件',
        'finish'            => '正在完成 :module 安装',
        'redirect'          => ':module 已安装，重新定向到更新页面',
        'install'           => '安装 :module',
    ],

    'errors' => [
        'download'          => '无法下载 :module',
        'zip'               => '无法创建 :module zip 文件',
        'unzip'             => '无法解压缩：module',
        'file_copy'         => '无法复制 :module 文件',
        'finish'            => '无法完成 :module 安装',
    ],

    'badge' => [
        'installed'         => '安装成功',
        'pre_sale'          => '预售',
    ],

    'button' => [
        'uninstall'         => '移除',
        'disable'           => '停用',
        'enable'            => '啟用',
    ],

    'my' => [
        'purchased'         => '已购买',
        'installed'         => '已安装',
    ],

    'reviews' => [
        'button' => [
            'add'           => '添加评论'
        ],

        'na'                => '没有评论。'
    ],

];
