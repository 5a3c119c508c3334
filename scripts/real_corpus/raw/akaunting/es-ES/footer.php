<?php

return [

    'version'               => 'Versión',
    'powered'               => 'Powered By Akaunting',
    'link'                  => 'https://akaunting.com',
    'software'              => 'Software de Contabilidad Libre',
    'powered_by'            => 'Desarrollado por',
    'tag_line'              => 'Enviar facturas, rastrear gastos y automatizar la contabilidad con Akaunting. :get_started_url',
    'get_started'           => 'Empezar',

];
