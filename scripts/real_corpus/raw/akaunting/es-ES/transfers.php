<?php

return [

    'from_account'          => 'Desde',
    'to_account'            => 'A Cuenta',
    'from_rate'             => 'Tasa origen',
    'from_account_rate'     => 'Desde tasa de cuenta',
    'to_rate'               => 'Tasa destino',
    'to_account_rate'       => 'Tasa de cuenta',
    'from_amount'           => 'Desde',
    'to_amount'             => 'Monto',
    'details'               => 'Detalle|Detalles',
    'issued_at'             => 'Fecha de emisión',
    'rate'                  => 'Tasa',

    'form_description' => [
        'general'           => 'Transfiera dinero entre cuentas con diferentes monedas y vincule la moneda a la tasa que desee.',
        'other'             => 'Seleccione el método de transferencia como método de pago para que sus informes sean más detallados.',
    ],

    'messages' => [
        'delete'            => ':from a :to (:amount)',
    ],

    'slider' => [
        'create'            => ':user creó esta transferencia el :date',
        'transactions'      => 'Esta lista es de las transacciones que se crearon automáticamente.',
        'from_desc'         => 'transacción :number desde :account',
        'to_desc'           => 'transacción :number a :account',
    ],

];
