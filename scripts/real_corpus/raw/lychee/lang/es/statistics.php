<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Statistics page
    |--------------------------------------------------------------------------
    */
    'title' => 'Estadísticas',
    'preview_text' => 'Esta es una vista previa de la página de estadísticas disponible en Lychee <span class="text-primary-emphasis font-bold">SE</span>.<br />Los datos que se muestran aquí se generan aleatoriamente y no reflejan su servidor.',
    'no_data' => 'El usuario no tiene datos en el servidor.',
    'collapse' => 'Reducir el tamaño de los álbumes',
    'total' => [
        'total' => 'Total',
        'albums' => 'Álbumes',
        'photos' => 'Fotos',
        'size' => 'Tamaño',
    ],
    'table' => [
        'username' => 'Propietario',
        'title' => 'Título',
        'photos' => 'Fotos',
        'descendants' => 'Niños',
        'size' => 'Tamaño',
    ],
    'punch_card' => [
        'title' => 'Actividad',
        'photo-taken' => '%d fotos tomadas',
        'photo-taken-in' => '%d fotos tomadas en %d',
        'photo-uploaded' => '%d fotos subidas',
        'photo-uploaded-in' => '%d fotos cargadas en %d',
        'with-exif' => 'con datos exif',
        'less' => 'Menos',
        'more' => 'Más',
        'tooltip' => '%d fotos en %s',
        'created_at' => 'Fecha de subida',
        'taken_at' => 'Fecha Exif',
        'caption' => 'Cada columna representa una semana.',
    ],
    'metrics' => [
        'header' => 'Métricas en vivo',
        'preview_text' => 'Esta es una vista previa de las métricas en vivo disponibles en Lychee <span class="text-primary-emphasis font-bold">SE</span>. Los datos que se muestran aquí se generan aleatoriamente y no reflejan su servidor.',
        'a_visitor' => 'Un visitante',
        'visitors' => '%d visitantes',
        'visit_singular' => '%1$s vieron %2$s',
        'favourite_singular' => '%1$s marcó como favorito a %2$s',
        'download_singular' => '%1$s descargó %2$s',
        'shared_singular' => '%1$s compartió %2$s',
        'visit_plural' => '%1$s vieron %2$s',
        'favourite_plural' => '%1$s marcó como favorito a %2$s',
        'download_plural' => '%1$s descargó %2$s',
        'shared_plural' => '%1$s compartió %2$s',
        'ago' => [
            'days' => 'Hace %d días',
            'day' => 'hace un día',
            'hours' => 'Hace %d horas',
            'hour' => 'hace una hora',
            'minutes' => 'Hace %d minutos',
            'few_minutes' => 'Hace unos minutos',
            'seconds' => 'hace unos segundos',
        ],
    ],
];
