<?php

return [

    'domain'                => 'Dominio',
    'logo'                  => 'Logo',

    'error' => [
        'not_user_company'  => 'Error: No tiene autorizado cambiar esta empresa!',
        'delete_active'     => 'Error: No se puede eliminar la empresa activa. Por favor, cambie a otra primero!',
        'disable_active'    => 'Error: No se puede deshabilitar la empresa activa. Por favor, cambie a otra primero!',
    ],

    'form_description' => [
        'general'           => 'Esta información es visible en los registros que crea.',
        'billing'           => 'El número de registro fiscal aparece en cada factura. El panel de informes y los reportes se muestran bajo la moneda predeterminada.',
        'address'           => 'La dirección se utilizará en las facturas, cuentas y otros registros que emita.',
    ],

    'skip_step'             => 'Saltar este paso',

];
