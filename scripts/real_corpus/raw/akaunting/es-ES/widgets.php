<?php

return [

    'receivables'               => 'Cuentas por cobrar',
    'payables'                  => 'Cuentas por pagar',
    'cash_flow'                 => 'Flujo de Efectivo',
    'profit_loss'               => 'Ganancias y Pérdidas',
    'expenses_by_category'      => 'Gastos por Categoría',
    'account_balance'           => 'Saldo de la cuenta',
    'bank_feeds'                => 'Conectar cuentas bancarias',
    'currencies'                => 'Divisas',

    'view_report'               => 'Ver informe',
    'total_unpaid_invoices'     => 'Total de facturas no pagadas',
    'total_unpaid_bills'        => 'Total de facturas no pagadas',

    'description' => [
        'receivables'           => 'Cantidad que aún no has recibido de tus clientes',
        'payables'              => 'Cantidad que aún tienes que pagar a tus proveedores',
        'cash_flow'             => 'Dinero entrando y saliendo de su negocio',
        'profit_loss'           => 'Ingresos y gastos, incluyendo facturas no pagadas y facturas',
        'expenses_by_category'  => 'Gastos más altos en varias categorías',
        'account_balance'       => 'Saldo actual de sus cuentas bancarias',
        'bank_feeds'            => 'Importar tus transacciones a Akaunting automáticamente </br>conectando tus cuentas bancarias',
    ],

    'periods' => [
        'overdue_1_30'          => '1-30 días atrasados',
        'overdue_30_60'         => '30-60 días atrasados',
        'overdue_60_90'         => '60-90 días atrasados',
        'overdue_90_un'         => '> 90 días atrasados',
    ],
];
