<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Jobs page
    |--------------------------------------------------------------------------
    */
    'title' => 'Trabajos',
    'no_data' => 'Aún no se ha ejecutado ningún trabajo.',
    'ready' => 'Listo',
    'success' => 'Éxito',
    'failure' => 'Fallo',
    'started' => 'Comenzó',
    'col_date' => 'Date',
    'col_status' => 'Status',
    'col_username' => 'User',
    'col_job' => 'Job',
];
