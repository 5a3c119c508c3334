<?php

return [

    'change_language'       => 'Cambiar idioma',
    'last_login'            => 'Último ingreso :time',

    'notifications' => [
        'counter'           => '{0} No tiene notificaciones |{1} Tiene :count notificación | [2,*] Tiene :count notificaciones',
        'new_apps'          => '{1} :count nueva aplicación fue publicada|[2,*] :count nuevas aplicaciones publicadas',
        'overdue_invoices'  => '{1} :count factura vencida | [2,*] :count facturas vencidas',
        'upcoming_bills'    => '{1} :count recibo por vencer|[2,*] :count recibos por vencer',
        'view_all'          => 'Ver todas',

        'exports' => [
            'completed' => '{1} :count exportado finalizado|[2,*] :count exportaciones terminadas',
            'failed' => '{1} :count exportación fallida|[2,*] :count exportaciones fallidas',
        ],
        'imports' => [
            'completed' => '{1} :count importación finalizada|[2,*] :count importaciones terminadas',
            'failed' => '{1} :count importación fallida|[2,*] :count importaciones fallidas',
        ],
    ],

    'docs_link'             => 'https://akaunting.com/docs',
    'support_link'          => 'https://akaunting.com/support',

    'favorite' => [
        'added_favorite'    => 'Añadido a favoritos',
        'add_favorite'      => 'Añadir a favoritos',
    ],

];
