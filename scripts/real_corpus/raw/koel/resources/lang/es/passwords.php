<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Password Reminder Language Lines
    |--------------------------------------------------------------------------
    |
    | The following language lines are the default lines which match reasons
    | that are given by the password broker for a password update attempt
    | has failed, such as for an invalid token or invalid new password.
    |
    */

    'password' => 'Las contraseñas deben tener al menos seis caracteres y coincidir con la confirmación.',
    'reset' => '¡Tu contraseña ha sido reestablecida!',
    'sent' => '¡Hemos enviado por correo electrónico el enlace para reestablecer contraseña!',
    'token' => 'Este token de reestablecimiento de contraseña no es válido.',
    'user' => 'No podemos encontrar un usuario con ese correo electrónico.',
];
