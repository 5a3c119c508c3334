<?php

declare(strict_types=1);

/**
 * @copyright  2021 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'your_handle' => 'Tu identificador',
    'your_handle_hint' => 'Ingresa tu usuario@dominio desde el que quieres seguir.',
    'follow' => [
        'label' => 'Seguir',
        'title' => 'Seguir a {actorDisplayName}',
        'subtitle' => 'Vas a seguir a:',
        'accountNotFound' => 'No se encuentra la cuenta.',
        'remoteFollowNotAllowed' => 'Parece que el servidor de cuenta no permite seguimientos remotos…',
        'submit' => 'Proceder a seguir',
    ],
    'favourite' => [
        'title' => "Publicación favorita de {actorDisplayName}",
        'subtitle' => 'Vas a marcar como favorito:',
        'submit' => 'Proceder a marcar como favorito',
    ],
    'reblog' => [
        'title' => "Compartir la publicación de {actorDisplayName}",
        'subtitle' => 'Usted va a compartir:',
        'submit' => 'Proceder a compartir',
    ],
    'reply' => [
        'title' => "Responder a la publicación de {actorDisplayName}",
        'subtitle' => 'Vas a responder a:',
        'submit' => 'Continuar con la respuesta',
    ],
];
