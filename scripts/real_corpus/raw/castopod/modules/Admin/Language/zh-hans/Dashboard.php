<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'home' => '管理面板',
    'welcome_message' => '欢迎来到管理区域！',
    'podcasts' => [
        'title' => '播客',
        'not_found' => '没有已发布的播客',
        'last_published' => '最后发布于 {lastPublicationDate}',
    ],
    'episodes' => [
        'title' => '剧集',
        'not_found' => '没有已发布的剧集',
        'last_published' => '最后发布于 {lastPublicationDate}',
    ],
    'storage' => [
        'title' => '存储',
        'subtitle' => '{totalUploaded} 共 {totalStorage}',
    ],
];
