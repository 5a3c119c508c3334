<?php
return [
    /*
    |--------------------------------------------------------------------------
    | Users page
    |--------------------------------------------------------------------------
    */
    'title' => 'Usuarios',
    'description' => 'Aquí puedes gestionar los usuarios de tu instalación de Lychee. Puedes crear, editar y eliminar usuarios.',
    'create' => 'Crear un nuevo usuario',
    'username' => 'Nombre de usuario',
    'password' => 'Contraseña',
    'legend' => 'Leyenda',
    'upload_rights' => 'Cuando se selecciona, el usuario puede subir contenido.',
    'edit_rights' => 'Cuando se selecciona, el usuario puede modificar su perfil (nombre de usuario, contraseña).',
    'upload_trust_level' => 'Nivel de confianza de subida - controla si las subidas son públicas de inmediato.',
    'quota' => 'Cuando se configura, el usuario dispone de una cuota de espacio para imágenes (en kB).',
    'user_deleted' => 'Usuario eliminado',
    'user_created' => 'Creado por el usuario',
    'user_updated' => 'Usuario actualizado',
    'change_saved' => '¡Cambio guardado!',
    'create_edit' => [
        'upload_rights' => 'El usuario puede subir contenido.',
        'edit_rights' => 'El usuario puede modificar su perfil (nombre de usuario, contraseña).',
        'admin_rights' => 'El usuario tiene derechos de administrador.',
        'upload_trust_level' => 'Nivel de confianza de subida',
        'upload_trust_level_check' => 'Verificación: las subidas requieren la aprobación del administrador antes de hacerse públicas',
        'upload_trust_level_monitor' => 'Monitoreo - las subidas son públicas a menos que estén marcadas por contenido',
        'upload_trust_level_trust_but_verify' => 'Trust but Verify – uploads are public; review findings auto-approved, block findings configurable.',
        'upload_trust_level_trusted' => 'De confianza: las subidas son públicas de inmediato',
        'trust_level_options' => [
            'trusted' => 'De confianza',
            'trust_but_verify' => 'Trust but Verify',
            'monitor' => 'Monitoreo',
            'check' => 'Verificación',
        ],
        'quota' => 'El usuario tiene un límite de cuota.',
        'quota_kb' => 'cuota en kB (0 por defecto)',
        'note' => 'Nota de administrador (no visible públicamente)',
        'create' => 'Crear',
        'edit' => 'Editar',
    ],
    'invite' => [
        'button' => 'Invitar usuario',
        'links_are_not_revokable' => 'Los enlaces de invitación no son revocables.',
        'link_is_valid_x_days' => 'Este enlace es válido por %d días.',
    ],
    'line' => [
        'owner' => 'Propietario',
        'admin' => 'Admin user',
        'edit' => 'Editar',
        'delete' => 'Borrar',
    ],
];
