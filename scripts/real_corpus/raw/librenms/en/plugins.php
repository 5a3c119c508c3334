<?php

return [
    'settings_page' => ':plugin: Settings',
    'admin_page' => 'Plugin Admin',
    'admin_title' => 'System Plugins',
    'errors' => [
        'not_exist' => 'Plugin :plugin does not exist.',
        'disabled' => 'Plugin :plugin is disabled.',
        'view_missing' => 'Missing view.',
    ],
];
