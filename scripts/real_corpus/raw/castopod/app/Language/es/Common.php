<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'yes' => 'Si',
    'no' => 'No',
    'cancel' => 'Cancelar',
    'optional' => 'Opcional',
    'close' => 'Cerrar',
    'home' => 'Inicio',
    'explicit' => 'Explícito',
    'powered_by' => 'Desarrollado por {castopod}',
    'go_back' => 'Volver atrás',
    'play_episode_button' => [
        'play' => 'Reproducir',
        'playing' => 'Reproduciendo',
    ],
    'read_more' => 'Leer más',
    'read_less' => 'Leer menos',
    'see_more' => 'Ver más',
    'see_less' => 'Ver menos',
    'legal_notice' => 'Aviso legal',
];
