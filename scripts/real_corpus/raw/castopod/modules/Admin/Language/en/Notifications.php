<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'title' => 'Notifications',
    'reply' => '{actor_username} replied to your post',
    'favourite' => '{actor_username} favourited your post',
    'reblog' => '{actor_username} shared your post',
    'follow' => '{actor_username} started following you',
    'no_notifications' => 'No notifications',
    'mark_all_as_read' => 'Mark all as read',
];
