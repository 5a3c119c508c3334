<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'title' => '关于 Castopod',
    'host_name' => '主机名',
    'version' => 'Castopod 版本',
    'php_version' => 'PHP 版本',
    'os' => '操作系统',
    'languages' => '语言',
    'update_database' => '更新数据库',
    'messages' => [
        'databaseUpdateSuccess' => '数据库是最新的！',
    ],
];
