<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'title' => 'About Castopod',
    'host_name' => 'Host name',
    'version' => 'Castopod version',
    'php_version' => 'PHP version',
    'os' => 'Operating System',
    'languages' => 'Languages',
    'update_database' => 'Update database',
    'messages' => [
        'databaseUpdateSuccess' => 'Database is up to date!',
    ],
];
