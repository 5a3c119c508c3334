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
    'optional' => '選用項',
    'close' => '關閉',
    'home' => '首頁',
    'explicit' => '露骨內容',
    'powered_by' => '由 {castopod} 提供支援',
    'go_back' => '返回',
    'play_episode_button' => [
        'play' => '播放',
        'playing' => '播放中',
    ],
    'read_more' => '閱讀更多',
    'read_less' => '顯示更少',
    'see_more' => '顯示更多',
    'see_less' => '顯示較少',
    'legal_notice' => '法律聲明',
];
