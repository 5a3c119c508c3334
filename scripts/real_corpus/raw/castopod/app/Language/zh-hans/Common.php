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
    'close' => '关闭',
    'home' => '主页',
    'explicit' => '限制级',
    'powered_by' => '由 {castopod} 提供支持',
    'go_back' => '返回',
    'play_episode_button' => [
        'play' => '播放',
        'playing' => '正在播放',
    ],
    'read_more' => '阅读更多',
    'read_less' => '阅读简略',
    'see_more' => '了解更多',
    'see_less' => '隐藏部分',
    'legal_notice' => '法律声明',
];
