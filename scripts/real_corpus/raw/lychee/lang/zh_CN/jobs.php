<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Jobs page
    |--------------------------------------------------------------------------
    */
    'title' => '任务',
    'no_data' => '尚未执行任何任务。',
    'ready' => 'Ready',
    'success' => 'Success',
    'failure' => 'Failure',
    'started' => 'Started',
    'col_date' => 'Date',
    'col_status' => 'Status',
    'col_username' => 'User',
    'col_job' => 'Job',
];
