<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'title' => 'Acerca de Castopod',
    'host_name' => 'Nombre del host',
    'version' => 'Versión de Castopod',
    'php_version' => 'Versión de PHP',
    'os' => 'Sistema Operativo',
    'languages' => 'Idiomas',
    'update_database' => 'Actualizar base de datos',
    'messages' => [
        'databaseUpdateSuccess' => 'La base de datos esta actualizada!',
    ],
];
