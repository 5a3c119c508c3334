<?php

return [

    'form_description' => [
        'general'           => 'La información de contacto de su proveedor aparecerá en las facturas y sus perfiles. Puede agregar su información de contacto y su logotipo para usar en las facturas.',
        'billing'           => 'El número de identificación fiscal aparece en cada factura que se le emite. La moneda seleccionada se convierte en la moneda predeterminada para este proveedor.',
        'address'           => 'La dirección es obligatoria para las facturas, por lo que debe agregar los detalles de la dirección de facturación de su proveedor.',
    ],

    'no_records' => [
        'bills'             => 'Todavía no hay factura para este proveedor. Crea uno nuevo ahora.',
        'transactions'      => 'No hay ninguna transacción para este proveedor todavía. Crea uno nuevo ahora.',
    ],

];
