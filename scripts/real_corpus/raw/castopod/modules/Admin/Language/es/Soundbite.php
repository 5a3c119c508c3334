<?php

declare(strict_types=1);

/**
 * @copyright  2021 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'list' => [
        'title' => 'Fragmentos de sonido',
        'soundbite' => 'Fragmento de sonido',
    ],
    'messages' => [
        'createSuccess' => '¡El fragmento de sonido ha sido creado con éxito!',
        'deleteSuccess' => '¡El fragmento de sonido ha sido eliminado con éxito!',
    ],
    'form' => [
        'title' => 'Nuevo fragmento de sonido',
        'soundbite_title' => 'Título del fragmento de sonido',
        'start_time' => 'Comenzar en',
        'duration' => 'Duración',
        'submit' => 'Crear fragmento de sonido',
    ],
    'play' => 'Reproducir fragmento de sonido',
    'stop' => 'Detener fragmento de sonido',
    'create' => 'Nuevo fragmento de sonido',
    'delete' => 'Eliminar fragmento de sonido',
];
