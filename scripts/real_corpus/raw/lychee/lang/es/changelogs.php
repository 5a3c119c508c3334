<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Changelogs page
    |--------------------------------------------------------------------------
    */
    'title' => 'Registros de cambios',
    'description' => 'Esta página contiene los registros de cambios hasta la última versión disponible de Lychee. No se limita voluntariamente a los cambios en la versión instalada. Con esto, queremos ofrecerle una mejor visión general de qué esperar cuando decida actualizar.',
];
