<?php

return [

    'title' => [
        '403'       => '¡Ups! Acceso prohibido',
        '404'       => '¡Ups! Página no encontrada',
        '500'       => '¡Ups! Algo fue mal',
    ],

    'header' => [
        '403'       => '403 Prohibido',
        '404'       => '404 Página no encontrada',
        '500'       => '500 Error interno del servidor',
    ],

    'message' => [
        '403'       => 'No puede acceder a esta página.',
        '404'       => 'No pudimos encontrar la página que estaba buscando.',
        '500'       => 'Trabajaremos para arreglarlo de inmediato.',
        'record'    => 'No pudimos encontrar el registro que estaba buscando.',
    ],
];
