<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'all_podcasts' => '全部的播客',
    'sort_by' => '排序方式',
    'sort_options' => [
        'activity' => '最近活動',
        'created_desc' => '最新的優先',
        'created_asc' => '最舊的優先',
    ],
    'no_podcast' => '没有找到播客',
];
