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

    'reset' => 'Su contraseña ha sido reestablecida!',
    'sent' => 'Hemos enviado un enlace para reiniciar su contraseña!',
    'throttled' => 'Por favor, espere antes de reintentar.',
    'token' => 'Ese token de contraseña ya no es válido.',
    'user' => "No podemos encontrar un usuario con esa dirección de correo electrónico.",

];
