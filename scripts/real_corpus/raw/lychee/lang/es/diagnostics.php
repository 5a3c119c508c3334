<?php
return [
    /*
    |--------------------------------------------------------------------------
    | Diagnostics page
    |--------------------------------------------------------------------------
    */
    'title' => 'Diagnósticos',
    'copy_to_clipboard' => 'Copiar diagnóstico al portapapeles',
    'self-diagnosis' => 'Autodiagnóstico',
    'info' => 'Información',
    'space' => 'Espacio',
    'load_space' => 'Uso del espacio de carga.',
    'configuration' => 'Configuración',
    'loading' => 'Cargando…',
    'identical_content' => 'Contenido idéntico',
    'toast' => [
        'info' => 'Info',
        'copy' => '¡Diagnóstico copiado al portapapeles!',
    ],
    'copy_on_secure_context' => 'Copying diagnostics is only available in secure contexts (HTTPS).',
];
