<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'back_to_home' => 'Volver al inicio',
    'map' => [
        'title' => 'Mapa',
        'description' => '¡Descubre los episodios de podcast en {siteName} que están colocados en un mapa! Recorre el mapa y escucha los episodios que hablan de lugares específicos.',
    ],
];
