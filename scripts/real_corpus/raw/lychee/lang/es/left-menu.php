<?php
return [
    /*
    |--------------------------------------------------------------------------
    | Left Menu
    |--------------------------------------------------------------------------
    */
    'back_to_gallery' => 'Volver a galería',
    'login' => 'Iniciar sesión',
    'frame' => 'Marco',
    'map' => 'Mapa',
    'embed_stream' => 'Insertar Flujo de Fotos',
    'admin' => 'Administrador',
    'clockwork' => 'Aplicación Clockwork',
    'logs' => 'Mostrar registros',
    'jobs' => 'Mostrar historial laboral',
    'user' => 'Usuario',
    'sign_out' => 'Cerrar sesión',
    'about' => 'Acerca de',
    'changelog' => 'Registro de cambios',
    'api' => 'Documentación de la API',
    'source_code' => 'Código fuente',
    'support' => 'Asistencia',
    'contact' => 'Contacto',
    'messages' => 'Mensajes',
    'people' => 'Gente',
    'webhooks' => 'Webhooks',
    'shopSizes' => 'Catálogo de tallas',
];
