<?php

declare(strict_types=1);

/**
 * @copyright  2021 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'list' => [
        'title' => '原声摘要',
        'soundbite' => '原声摘要',
    ],
    'messages' => [
        'createSuccess' => '原声摘要已创建！',
        'deleteSuccess' => '原声摘要已移除！',
    ],
    'form' => [
        'title' => '新原声摘要',
        'soundbite_title' => '原声摘要标题',
        'start_time' => '开始于',
        'duration' => '持续时间',
        'submit' => '创建原声摘要',
    ],
    'play' => '播放原声摘要',
    'stop' => '停止原声摘要',
    'create' => '新原声摘要',
    'delete' => '删除原声摘要',
];
