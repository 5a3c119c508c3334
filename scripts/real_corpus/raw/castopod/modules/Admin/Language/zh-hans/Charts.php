<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'by_service_weekly' => '按服务分类的剧集下载量(过去一周)',
    'by_player_weekly' => '按播放量的剧集下载量(过去一周)',
    'by_player_yearly' => '按播放量的剧集下载量(过去一年)',
    'by_device_weekly' => '按设备分类的剧集下载量(过去一周)',
    'by_os_weekly' => '按操作系统分类的剧集下载量(过去一周)',
    'podcast_by_region' => '按地区的剧集下载量(过去一周)',
    'unique_daily_listeners' => '每日独立听众',
    'unique_monthly_listeners' => '每月独立听众',
    'by_browser' => '网页端使用情况(过去一周)',
    'podcast_by_day' => '剧集每日下载量',
    'podcast_by_month' => '剧集每月下载量',
    'episode_by_day' => '剧集每日下载(前60天)',
    'episode_by_month' => '剧集每月下载',
    'episodes_by_day' =>
        '5 个最新剧集下载(前60天)',
    'by_country_weekly' => '按国家/地区的剧集下载量(过去一周)',
    'by_country_yearly' => '按国家/地区的剧集下载量(过去一年)',
    'by_domain_weekly' => '网页端访问情况(过去一周)',
    'by_domain_yearly' => '网页端访问情况(过去一年)',
    'by_entry_page' => '登录页面的访问情况(过去一周)',
    'podcast_bots' => '机器人(爬虫)',
    'daily_listening_time' => '每日累计收听时间',
    'monthly_listening_time' => '每月累计收听时间',
    'by_weekday' => '按工作日(过去60天)',
    'by_hour' => '按一天中的时间(过去60天)',
    'podcast_by_bandwidth' => '每日使用带宽(MB)',
    'total_storage_by_month' => '每月存储量 (MB)',
    'total_bandwidth_by_month' => '每月使用带宽(MB)',
    'total_bandwidth_by_month_limit' => '每月限制为 {totalBandwidth}',
];
