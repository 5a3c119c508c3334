<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Password Reset Language Lines
    |--------------------------------------------------------------------------
    |
    | The following language lines are the default lines which match reasons
    | that are given by the password broker for a password update attempt
    | has failed, such as for an invalid token or invalid new password.
    |
    */

    'password' => 'La contraseña debe tener al menos seis caracteres y coincidir con la de confirmación.',
    'reset'    => '¡Tu contraseña se ha cambiado!',
    'sent'     => 'Te hemos enviado a tu correo un enlace para cambiar tu contraseña.',
    'token'    => 'El "token" para canbiar la contraseña no es válido.',
    'user'     => 'No hemos podido encontrar a ningún usuario con esa contraseña.',

];
