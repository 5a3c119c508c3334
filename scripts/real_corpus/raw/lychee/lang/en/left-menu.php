<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Left Menu
    |--------------------------------------------------------------------------
    */
    'back_to_gallery' => 'Back to Gallery',
    'login' => 'Login',
    'frame' => 'Frame',
    'map' => 'Map',
    'embed_stream' => 'Embed Photo Stream',
    'admin' => 'Admin',
    'clockwork' => 'Clockwork App',
    'logs' => 'Show Logs',
    'jobs' => 'Show Job History',
    'user' => 'User',
    'sign_out' => 'Sign Out',
    'about' => 'About',
    'changelog' => 'Changelog',
    'api' => 'API Documentation',
    'source_code' => 'Source Code',
    'support' => 'Support',
    'contact' => 'Contact',
    'messages' => 'Messages',
    'people' => 'People',
    'webhooks' => 'Webhooks',
    'shopSizes' => 'Size Catalogue',
];
