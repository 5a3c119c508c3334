<?php

return [

    'accounts' => [
        'cash'              => 'Efectivo',
    ],

    'categories' => [
        'deposit'           => 'Depósito',
        'sales'             => 'Ventas',
    ],

    'currencies' => [
        'usd'               => 'Dólar EEUU',
    ],

    'offline_payments' => [
        'cash'              => 'Efectivo',
        'bank'              => 'Transferencia Bancaria',
    ],

    'reports' => [
        'income'            => 'Resumen mensual de ingresos por categoría.',
        'expense'           => 'Resumen mensual de gastos por categoría.',
        'income_expense'    => 'Ingresos mensuales vs gastos por categoría.',
        'tax'               => 'Resumen trimestral de impuestos.',
        'profit_loss'       => 'Ganancias y pérdidas trimestrales por categoría.',
    ],

];
