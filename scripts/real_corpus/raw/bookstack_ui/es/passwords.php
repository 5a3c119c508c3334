<?php
/**
 * Password Reminder Language Lines
 * The following language lines are the default lines which match reasons
 * that are given by the password broker for a password update attempt has failed.
 */
return [

    'password' => 'La contraseña debe ser como mínimo de seis caracteres y coincidir con la confirmación.',
    'user' => "No podemos encontrar un usuario con esta dirección de correo electrónico.",
    'token' => 'El token de modificación de contraseña no es válido para esta dirección de correo electrónico.',
    'sent' => '¡Hemos enviado a su cuenta de e-mail un enlace para restaurar su contraseña!',
    'reset' => '¡Su contraseña ha sido restaurada!',

];
