<?php

return [
    'Access Admin Information' => 'Acceder a información de administración',
    'Can access the \'Administration -> Information\' section.' => 'Puede acceder a la sección \'Administración -> Información\'.',
    'Can manage Spaces within the \'Administration -> Spaces\' section.' => 'Puede administrar espacios (crear/editar/borrar) dentro de la sección \'Administración -> Espacios\'.',
    'Can manage general settings.' => 'Puede administrar la configuración de usuario, espacio y general.',
    'Can manage modules within the \'Administration ->  Modules\' section.' => 'Puede administrar módulos dentro de la sección \'Administración -> Módulos\'.',
    'Can manage users and groups' => 'Puede administrar usuarios y grupos',
    'Can manage users and user profiles.' => 'Puede administrar usuarios y perfiles de usuario.',
    'Manage Groups' => 'Administrar grupos',
    'Manage Modules' => 'Administrar módulos',
    'Manage Settings' => 'Administrar configuración',
    'Manage Spaces' => 'Administrar espacios',
    'Manage Users' => 'Administrar usuarios',
    'Can manage (e.g. edit or delete) all content (even private)' => '',
    'Manage All Content' => '',
];
