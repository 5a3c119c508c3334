<?php

return [

    'years'                         => 'Año|Años',
    'preferences'                   => 'Preferencia|Preferencias',
    'this_year'                     => 'Este año',
    'previous_year'                 => 'Año Anterior',
    'this_quarter'                  => 'Este Trimestre',
    'previous_quarter'              => 'Trimestre Anterior',
    'last_12_months'                => 'Últimos 12 meses',
    'profit_loss'                   => 'Ganancias y Pérdidas',
    'income_summary'                => 'Resumen de Ingresos',
    'expense_summary'               => 'Resumen de Gastos',
    'income_expense_summary'        => 'Ingresos vs Gastos',
    'tax_summary'                   => 'Resumen de impuestos',
    'gross_profit'                  => 'Ganancia Bruta',
    'net_profit'                    => 'Ganancia Neta',
    'total_expenses'                => 'Total de gastos',
    'net'                           => 'Neto',
    'income_expense'                => 'Ingresos y Gastos',
    'pin'                           => 'Anclar tu informe',

    'income_expense_description'    => 'Descripción de los informes de ingresos y gastos',
    'accounting_description'        => 'Descripción de los informes contables',

    'form_description' => [
        'general'                   => 'Aquí puede introducir la información general del informe como nombre, tipo, descripción, etc.',
        'preferences'               => 'Las preferencias le ayudan a personalizar sus informes.  '
    ],

    'charts' => [
        'line'                      => 'Línea',
        'bar'                       => 'Barra',
        'pie'                       => 'Tarta',
    ],

    'pin_text' => [
        'unpin_report'              => 'Desanclar tu informe',
        'pin_report'                => 'Anclar tu informe',
    ]

];
