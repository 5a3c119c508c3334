<?php

return [

    'collapse'              => 'Contraer',

    'form_description' => [
        'general'           => 'La categoría le ayuda a clasificar sus artículos, ingresos, gastos y otros registros.',
    ],

];
