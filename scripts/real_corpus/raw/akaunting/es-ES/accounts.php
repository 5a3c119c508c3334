<?php

return [

    'account_name'          => 'Nombre de Cuenta',
    'account_balance'       => 'Saldo de la cuenta',
    'number'                => 'Número',
    'opening_balance'       => 'Saldo de apertura',
    'current_balance'       => 'Saldo actual',
    'bank_name'             => 'Nombre del Banco',
    'bank_phone'            => 'Teléfono Banco',
    'bank_address'          => 'Dirección del Banco',
    'default_account'       => 'Cuenta Predeterminada',
    'incoming'              => 'Ingreso',
    'outgoing'              => 'Egreso',
    'see_performance'       => 'Ver rendimiento',
    'create_report'         => 'Si quiere ver el rendimiento. Puede crear un reporte Factura vs Gastos.',
    'banks'                 => 'Banco|Bancos',
    'credit_cards'          => 'Tarjeta de crédito|Tarjetas de crédito',

    'form_description' => [
        'general'           => 'Utilice el tipo de tarjeta de crédito para el saldo de apertura negativo. El número es esencial para conciliar las cuentas correctamente. La cuenta por defecto registrará todas las transacciones si no se selecciona de otro modo.',
        'bank'              => 'Puede que tenga varias cuentas bancarias en más de un banco. Registrar información sobre su banco hará que sea más fácil hacer coincidir las transacciones dentro de su banco.',
    ],

    'no_records' => [
        'transactions'      => 'No hay ninguna transacción en esta cuenta todavía. Crea una nueva ahora.',
        'transfers'         => 'Todavía no hay ninguna transferencia a/desde esta cuenta. Crea una nueva ahora.',
    ],

];
