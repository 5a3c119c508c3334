<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'home' => 'Panel de control',
    'welcome_message' => '¡Bienvenid@ al área de administración!',
    'podcasts' => [
        'title' => 'Podcasts',
        'not_found' => 'Podcasts sin publicar',
        'last_published' => 'Últimas publicaciones en {lastPublicationDate}',
    ],
    'episodes' => [
        'title' => 'Episodios',
        'not_found' => 'Episodios sin publicar',
        'last_published' => 'Últimas publicaciones en {lastPublicationDate}',
    ],
    'storage' => [
        'title' => 'Almacenamiento',
        'subtitle' => '{totalUploaded} de {totalStorage}',
    ],
];
