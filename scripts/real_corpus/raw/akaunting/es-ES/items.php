<?php

return [

    'sale_price'                => 'Precio de Venta',
    'purchase_price'            => 'Precio de Compra',
    'enter_item_description'    => 'Indique una descripción',
    'billing'                   => 'Facturación',
    'sale_information'          => 'Información de venta',
    'purchase_information'      => 'Información de compra',

    'form_description' => [
        'general'               => 'Seleccione una categoría para que sus informes sean más detallados. La descripción se rellenará cuando el artículo sea seleccionado en una factura o cuenta.',
        'billing'               => 'La información de venta se utiliza dentro de las facturas, y la información de compra se utiliza dentro de las facturas. Los impuestos se aplicarán tanto a las facturas como a las cuentas.',
    ],

];
