<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'back_to_home' => '回到首頁',
    'map' => [
        'title' => '地圖',
        'description' => '在地圖上探索 {siteName} 的播客節目！優遊穿梭於地圖並收聽各地的節目。',
    ],
];
