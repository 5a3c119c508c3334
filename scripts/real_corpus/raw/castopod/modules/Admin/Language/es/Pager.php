<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'pageNavigation' => 'Navegación de página',
    'first' => 'Primero',
    'previous' => 'Anterior',
    'next' => 'Siguiente',
    'last' => 'Ultimo',
    'older' => 'Más antiguo',
    'newer' => 'Más nuevo',
    'invalidTemplate' => '{0} no es una plantilla de paginador válida.',
    'invalidPaginationGroup' => '{0} no es un grupo de paginación válido.',
];
