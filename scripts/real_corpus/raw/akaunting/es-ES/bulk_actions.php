<?php

return [

    'bulk_actions'      => 'Acción masiva|Acciones masivas',
    'selected'          => 'seleccionado',
    'no_action'         => 'Ninguna acción disponible',

    'message' => [
        'duplicate'     => '¿Está seguro que desea <b>duplicar</b> el registro seleccionado?',
        'delete'        => '¿Está seguro que desea <b>eliminar</b> el registro seleccionado?|¿Está seguro que desea <b>eliminar</b> los registros seleccionados?',
        'export'        => '¿Está seguro que desea <b>exportar</b> el registro seleccionado?|¿Está seguro que desea <b>exportar</b> los registros seleccionados?',
        'enable'        => '¿Está seguro que desea <b>habilitar</b> el registro seleccionado?|¿Está seguro que desea <b>habilitar</b> los registros seleccionados?',
        'disable'       => '¿Está seguro que desea <b>deshabilitar</b> el registro seleccionado?|¿Está seguro que desea <b>deshabilitar</b> los registros seleccionados?',
        'paid'          => '¿Está seguro de que desea marcar la factura seleccionada como <b>pagada</b>? ¿Está seguro que desea marcar las facturas seleccionadas como <b>pagadas</b>?',
        'sent'          => '¿Está seguro que desea marcar la factura seleccionada como <b>enviada</b>? ¿Está seguro que desea marcar las facturas seleccionadas como <b>enviadas</b>?',
        'received'      => '¿Está seguro de que desea marcar el recibo seleccionado como <b>recibido</b>? ¿Está seguro que desea marcar los recibos seleccionados como <b>recibidos</b>?',
        'cancelled'     => '¿Está seguro que desea <b>cancelar</b> la factura/recibo seleccionado?|¿Está seguro que desea <b>cancelar</b> las facturas/recibos seleccionados?',
        'reconcile'     => '¿Está seguro que desea <b>conciliar</b> el registro seleccionado?|¿Está seguro que desea <b>conciliar</b> los registros seleccionados?',
        'unreconcile'   => '¿Está seguro que desea <b>desconciliar</b> el registro seleccionado?|¿Está seguro que desea <b>desconciliar</b> los registros seleccionados?',
    ],

    'success' => [
        'general'       => ':count registro :type.',
    ],
];
