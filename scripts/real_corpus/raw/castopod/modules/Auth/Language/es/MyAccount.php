<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'info' => 'Información de mi Cuenta',
    'changePassword' => 'Cambiar mi contraseña',
    'messages' => [
        'wrongPasswordError' => "Ingresaste la contraseña equivocada. Por favor intenta nuevamente.",
        'passwordChangeSuccess' => '¡Tu contraseña ha sido modificada con éxito!',
    ],
];
