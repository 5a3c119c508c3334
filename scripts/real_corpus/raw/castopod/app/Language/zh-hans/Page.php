<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'back_to_home' => '返回主页',
    'map' => [
        'title' => '地图',
        'description' => '发现 {siteName} 上的播客剧集！浏览相关信息，并收听相关剧集。',
    ],
];
