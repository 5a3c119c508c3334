<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'title' => '通知',
    'reply' => '{actor_username} 回复了你的帖子',
    'favourite' => '{actor_username} 喜欢了你的帖子',
    'reblog' => '{actor_username} 分享了你的帖子',
    'follow' => '{actor_username} 开始关注你',
    'no_notifications' => '没有通知',
    'mark_all_as_read' => '全部标记为已读',
];
