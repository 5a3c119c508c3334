<?php

return [

    'rate'                  => 'Tasa',
    'rate_percent'          => 'Tasa (%)',
    'normal'                => 'Normal',
    'inclusive'             => 'Incluido',
    'compound'              => 'Compuesto',
    'fixed'                 => 'Fijo',
    'withholding'           => 'Retención',
    'no_taxes'              => 'Sin impuestos',
    'create_task'           => 'Cree un nuevo impuesto y modifíquelo desde los ajustes.',
    'new_tax'               => 'Nuevo impuesto',

    'form_description' => [
        'general'           => 'El impuesto incluido se calcula en el precio del artículo. El impuesto compuesto se calcula además de los otros impuestos. El impuesto fijo se aplica como una cantidad, no como un porcentaje.',
    ],

];
