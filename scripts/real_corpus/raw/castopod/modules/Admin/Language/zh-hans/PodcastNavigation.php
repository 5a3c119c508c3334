<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'go_to_page' => '转到播客页面',
    'rss_feed' => 'RSS feed',
    'dashboard' => '播客控制面板',
    'podcast-view' => '主页',
    'podcast-edit' => '编辑播客',
    'podcast-persons-manage' => '管理人员',
    'podcast-imports' => '播客导入',
    'podcast-imports-sync' => 'Sync feeds',
    'episodes' => '剧集',
    'episode-list' => '所有剧集',
    'episode-create' => '新剧集',
    'analytics' => '统计数据',
    'podcast-analytics' => '听众概览',
    'podcast-analytics-webpages' => '网页访问',
    'podcast-analytics-locations' => '位置信息',
    'podcast-analytics-unique-listeners' => '独特听众',
    'podcast-analytics-players' => '播放',
    'podcast-analytics-listening-time' => '收听时间',
    'podcast-analytics-time-periods' => '时间段',
    'monetization' => 'Monetization',
    'subscription-list' => '所有订阅',
    'subscription-create' => 'Add subscription',
    'contributors' => '贡献者',
    'contributor-list' => '所有贡献者',
    'contributor-add' => '添加贡献者',
    'broadcast' => 'Broadcast',
    'platforms-podcasting' => 'Podcasting apps',
    'platforms-social' => '社交网络',
    'platforms-funding' => 'Funding links',
    'podcast-monetization-other' => 'Other',
];
