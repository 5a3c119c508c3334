<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Diagnostics page
    |--------------------------------------------------------------------------
    */
    'title' => 'Diagnostics',
    'copy_to_clipboard' => 'Copy diagnostics to clipboard',
    'self-diagnosis' => 'Self-diagnosis',
    'info' => 'Info',
    'space' => 'Space',
    'load_space' => 'Load space usage.',
    'configuration' => 'Configuration',
    'loading' => 'Loading…',
    'identical_content' => 'Identical content',
    'toast' => [
        'info' => 'Info',
        'copy' => 'Diagnostics copied to clipboard!',
    ],
    'copy_on_secure_context' => 'Copying diagnostics is only available in secure contexts (HTTPS).',
];
