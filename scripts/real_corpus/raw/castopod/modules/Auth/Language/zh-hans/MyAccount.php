<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'info' => '账户信息',
    'changePassword' => '修改密码',
    'messages' => [
        'wrongPasswordError' => "密码错误，请重试。",
        'passwordChangeSuccess' => '密码已更改！',
    ],
];
