<?php

return [

    'reconcile'             => 'Conciliar',
    'unreconcile'           => 'Desconciliar',
    'reconciled'            => 'Concialiado',
    'opening_balance'       => 'Saldo de apertura',
    'closing_balance'       => 'Balance de cierre',
    'unreconciled'          => 'Sin conciliar',
    'transactions'          => 'Transacciones',
    'start_date'            => 'Fecha de inicio',
    'end_date'              => 'Fecha de finalización',
    'cleared_amount'        => 'Monto',
    'deposit'               => 'Depósito',
    'withdrawal'            => 'Retiro',
    'reconciled_amount'     => 'Reconciliado',
    'in_progress'           => 'En progreso',
    'save_draft'            => 'Guardar como borrador',
    'irreconcilable'        => 'Irreconciliable',

];
