<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Jobs page
    |--------------------------------------------------------------------------
    */
    'title' => 'Jobs',
    'no_data' => 'No Jobs have been executed yet.',
    'ready' => 'Ready',
    'success' => 'Success',
    'failure' => 'Failure',
    'started' => 'Started',
    'col_date' => 'Date',
    'col_status' => 'Status',
    'col_username' => 'User',
    'col_job' => 'Job',
];
