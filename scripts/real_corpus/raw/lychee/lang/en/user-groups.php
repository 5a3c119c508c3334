<?php

return [
    /*
    |--------------------------------------------------------------------------
    | User Groups page
    |--------------------------------------------------------------------------
    */
    'title' => 'User Groups',
    'explanation' => 'User groups allow you to organize users and manage permissions collectively.',

    'create_group' => 'Create Group',
    'edit' => 'Edit',
    'delete' => 'Delete',

    'loading' => 'Loading groups...',
    'empty' => 'No groups found.',

    'add_member' => 'Add member...',
    'empty_group' => 'This group is empty.',
    'no_permission_members' => 'You do not have the permission to see the members of this group.',
    'remove_success' => '%s has been removed from %s.',

    'confirm_delete_header' => 'Delete Group',
    'confirm_delete_message' => 'Are you sure you want to delete this group?',
    'cancel' => 'Cancel',
    'confirm' => 'Delete',

    'create' => [
        'name' => 'Group Name',
        'description' => 'Description',
        'users' => 'Users',
        'cancel' => 'Cancel',
        'create' => 'Create',
        'edit' => 'Edit',

        'error_name_required' => 'Group name is required.',
    ],
];
