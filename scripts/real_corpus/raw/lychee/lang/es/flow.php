<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Flow Page
    |--------------------------------------------------------------------------
    */
    'title' => 'Flow',
    'by_author' => 'by %s',
    'open_album' => 'Open album',
    'show_more' => 'Show more',
    'no_content' => 'No content.',
];
