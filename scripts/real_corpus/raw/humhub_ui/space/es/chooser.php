<?php

return [
    'Add Space' => 'Añadir espacio',
    'Create Space' => 'Crear nuevo espacio',
    'My spaces' => 'Mis espacios',
    'You are not a member of or following any Spaces.' => 'No se han encontrado miembros o espacios que esté siguiendo.',
    'No Spaces found.' => 'No se han encontrado resultados para ese filtro.',
    'No spaces found for the given query' => 'No se han encontrado espacios para esa petición',
    'Search' => 'Buscar',
    'Search for spaces' => 'Buscar espacios',
    'Select {n,plural,=1{space} other{spaces}}' => 'Seleccionar {n,plural,=1{space} other{spaces}}',
    'This field only allows a maximum of {n,plural,=1{# space} other{# spaces}}' => 'Este campo admite sólo un máximo de {n,plural,=1{# space} other{# spaces}}',
    'This space is archived' => 'Este espacio está archivado',
    'Please enter at least {count} characters to search Spaces.' => 'Para buscar otros espacios, teclee al menos {count} caracteres.',
    'You are following this space' => 'Usted está siguiendo a este espacio',
    '{n,plural,=1{# new entry} other{# new entries}} since your last visit' => '{n,plural,=1{# new entry} other{# new entries}} desde su última visita',
];
