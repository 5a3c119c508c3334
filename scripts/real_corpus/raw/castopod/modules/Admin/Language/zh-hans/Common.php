<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'yes' => '是',
    'no' => '否',
    'cancel' => '取消',
    'optional' => '可选',
    'more' => '更多',
    'no_data' => '找不到数据！',
    'close' => '关闭',
    'edit' => '编辑',
    'copy' => '复制',
    'copied' => '复制成功！',
    'home' => '主页',
    'explicit' => '限制级',
    'powered_by' => '由 {castopod} 提供支持',
    'actions' => '操作',
    'pageInfo' => '第 {currentPage} 页，共 {pageCount} 页',
    'go_back' => '返回',
    'forms' => [
        'editor' => [
            'write' => '内容编辑',
            'preview' => '预览',
            'help' => '由 Markdown 驱动',
        ],
        'multiSelect' => [
            'selectText' => '点击选择',
            'loadingText' => '载入中...',
            'noResultsText' => '没有找到结果',
            'noChoicesText' => '没有可供选择的选项',
            'maxItemText' => '无法添加更多项目',
        ],
        'upload_file' => '上传文件',
        'remote_url' => '远程网址',
        'save' => 'Save',
    ],
    'play_episode_button' => [
        'play' => '播放',
        'playing' => '正在播放',
    ],
    'size_limit' => '大小限制：{0}。',
    'choose_interact' => '选择互动方式',
    'view' => '查看',
];
