<?php

return [

    'columns' => [
        'last_logged_in_at' => 'Último acceso',
        'paid_at'           => 'Fecha de pago',
        'started_at'        => 'Fecha de inicio',
        'ended_at'          => 'Fecha de Fin',
        'billed_at'         => 'Fecha de Recibo',
        'due_at'            => 'Fecha de Vencimiento',
        'invoiced_at'       => 'Fecha de Factura',
        'issued_at'         => 'Fecha',
        'symbol_first'      => 'Posición del Símbolo',
        'reconciled'        => 'Concialiado',
        'expense_account'   => 'De Cuenta',
        'income_account'    => 'A Cuenta',
        'recurring'         => 'Recurrente',
    ],

];
