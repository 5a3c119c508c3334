<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Página de Grupos de Usuarios
    |--------------------------------------------------------------------------
    */
    'title' => 'Grupos de Usuarios',
    'explanation' => 'Los grupos de usuarios te permiten organizar usuarios y gestionar permisos de forma colectiva.',

    'create_group' => 'Crear Grupo',
    'edit' => 'Editar',
    'delete' => 'Eliminar',

    'loading' => 'Cargando grupos...',
    'empty' => 'No se encontraron grupos.',

    'add_member' => 'Agregar miembro...',
    'empty_group' => 'Este grupo está vacío.',
    'no_permission_members' => 'No tienes permiso para ver los miembros de este grupo.',
    'remove_success' => '%s ha sido eliminado de %s.',

    'confirm_delete_header' => 'Eliminar Grupo',
    'confirm_delete_message' => '¿Estás seguro de que deseas eliminar este grupo?',
    'cancel' => 'Cancelar',
    'confirm' => 'Eliminar',

    'create' => [
        'name' => 'Nombre del Grupo',
        'description' => 'Descripción',
        'users' => 'Usuarios',
        'cancel' => 'Cancelar',
        'create' => 'Crear',
        'edit' => 'Edit',

        'error_name_required' => 'El nombre del grupo es obligatorio.',
    ],
];
