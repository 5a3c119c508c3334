<?php

return [

    'can_login'                 => 'Invitar al Portal del Cliente',
    'can_login_description'     => 'Enviar una invitación a este usuario para iniciar sesión en el Portal del Cliente.',
    'user_created'              => 'Usuario creado',
    'client_portal_description' => 'El Portal del Cliente es un entorno donde puedes compartir transacciones y facturas con tus clientes, donde rastrean sus relaciones con su empresa y pagan y se conectan cuando quieran; con su contraseña',

    'error' => [
        'email'                 => 'Este email ya está en uso.',
    ],

    'client_portal_text' => [
        'can'                   => 'Este cliente puede acceder al portal del cliente.',
        'cant'                  => 'Este cliente no puede acceder al portal del cliente.',
    ],

    'form_description' => [
        'general'               => 'La información de contacto de su cliente aparecerá en las facturas y sus perfiles. También puede permitir que sus clientes inicien sesión para rastrear las facturas que les envíe marcando la casilla de abajo.',
        'billing'               => 'El número de identificación fiscal aparece en cada factura que se emite al cliente. La moneda seleccionada se convierte en la moneda predeterminada para este cliente.',
        'address'               => 'La dirección es obligatoria para las facturas, por lo que debe agregar los detalles de la dirección de facturación de su cliente.',
    ],

    'no_records' => [
        'invoices'              => 'No hay ninguna factura para este cliente todavía. Crea una nueva ahora.',
        'transactions'          => 'No hay ninguna transacción para este cliente todavía. Crea una nueva ahora.',
    ],

];
