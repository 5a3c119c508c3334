<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'title' => 'Notificaciones',
    'reply' => '{actor_username} respondió a tu publicación',
    'favourite' => '{actor_username} ha marcado como favorita tu publicación',
    'reblog' => '{actor_username} ha compartido tu publicación',
    'follow' => '{actor_username} ha empezado a seguirte',
    'no_notifications' => 'No hay notificaciones',
    'mark_all_as_read' => 'Marcar todas como leídas',
];
