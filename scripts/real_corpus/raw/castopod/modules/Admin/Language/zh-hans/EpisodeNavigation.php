<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'go_to_page' => '查看剧集页面',
    'dashboard' => '剧集控制面板',
    'episode-view' => '主页',
    'episode-edit' => '编辑剧集',
    'episode-persons-manage' => '管理员',
    'embed-add' => '嵌入式播放器',
    'clips' => '素材',
    'video-clips-list' => '视频素材',
    'video-clips-create' => '新建视频素材',
    'soundbites-list' => '原声摘要',
    'soundbites-create' => '新建原声摘要',
];
