<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'all_podcasts' => 'Todos los podcasts',
    'sort_by' => 'Ordenar por',
    'sort_options' => [
        'activity' => 'Actividad reciente',
        'created_desc' => 'Más reciente primero',
        'created_asc' => 'Más antiguos primero',
    ],
    'no_podcast' => 'No se encontró el podcast',
];
