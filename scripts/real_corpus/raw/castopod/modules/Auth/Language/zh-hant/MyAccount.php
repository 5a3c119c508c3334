<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'info' => 'My account info',
    'changePassword' => 'Change my password',
    'messages' => [
        'wrongPasswordError' => "You've entered the wrong password, try again.",
        'passwordChangeSuccess' => 'Password has been successfully changed!',
    ],
];
