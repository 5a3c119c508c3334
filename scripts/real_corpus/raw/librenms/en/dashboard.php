<?php

return [
    'title' => 'Dashboards',
    'deleted_user' => 'Deleted User',
    'toggle_dropdown' => 'Toggle Dropdown',
    'no_other' => 'No other Dashboards',
    'shared_title' => 'Shared Dashboards',
    'read_only' => 'Read',

    'buttons' => [
        'edit' => 'Edit Dashboard',
        'remove' => 'Remove Dashboard',
        'new' => 'New Dashboard',
        'add' => 'Add',
        'update' => 'Update',
        'copy_to' => 'Copy Dashboard to',
        'copy' => 'Copy Dashboard',
    ],

    'fields' => [
        'new_dashboard' => 'New Dashboard',
        'name' => 'Name',
        'dashboard_name' => 'Dashboard Name',
    ],

    'widgets' => [
        'add' => 'Add Widgets',
        'select' => 'Select Widget',
        'label' => 'Widgets',
        'remove' => 'Remove',
    ],

    'labels' => [
        'delete' => 'Delete',
        'dashboard' => 'Dashboard',
    ],

    'access' => [
        'private' => 'Private',
        'shared_read' => 'Shared (Read)',
        'shared_admin' => 'Shared (Admin RW)',
        'shared' => 'Shared',
    ],
];
