<?php

return [

    'code'                  => 'Código',
    'rate'                  => 'Cotización',
    'default'               => 'Moneda Predeterminada',
    'decimal_mark'          => 'Punto decimal',
    'thousands_separator'   => 'Separador de miles',
    'precision'             => 'Precisión',
    'conversion'            => 'Conversión de moneda: :price (:currecy_code) a :currency_rate',
    'symbol' => [
        'symbol'            => 'Símbolo',
        'position'          => 'Posición de Símbolo',
        'before'            => 'Antes del importe',
        'after'             => 'Despues del importe',
    ],

    'form_description' => [
        'general'           => 'La moneda por defecto se utiliza en el panel de control e informes. Para otras monedas, la tasa debe ser inferior a 1 para monedas más débiles y superior a 1 para monedas más fuertes.',
    ],

    'no_currency'           => 'Sin moneda',
    'create_currency'       => 'Puede crear una nueva moneda y editarla en cualquier momento desde la configuración.',
    'new_currency'          => 'Nueva moneda',

];
