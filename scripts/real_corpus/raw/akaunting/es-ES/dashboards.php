<?php

return [

    'error' => [
        'not_user_dashboard'    => 'Error: No tiene permiso para cambiar este tablero!',
        'delete_last'           => 'Error: No se puede eliminar el último tablero. ¡Por favor, cree uno nuevo primero!',
        'disable_last'          => 'Error: No se puede desactivar el último tablero. ¡Por favor, cree uno nuevo primero!',
    ],

    'form_description' => [
        'general'               => 'Seleccione los usuarios que desea que tengan acceso al nuevo tablero.',
    ],

];
