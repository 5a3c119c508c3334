<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Toasts
    |--------------------------------------------------------------------------
    */
    'error' => 'Error',
    'success' => 'Success',
    'album_updated' => 'Album updated',
    'update_failed' => 'Failed to update album',
];
