<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Tags page
    |--------------------------------------------------------------------------
    */
    'title' => 'Tags',
    'description' => 'Manage your tags here. You can rename, merge, and delete tags.',
    'no_tags' => 'No tags found.',
    'loading' => 'Loading tags...',
    'rename' => 'Rename',
    'merge' => 'Merge',
    'delete' => 'Delete',

    'column_name' => 'Name',
    'column_photos' => 'Photos',
    'column_albums' => 'Albums',

    'delete_confirm' => 'Are you sure you want to delete the tag “%s”?',
    'delete_confirm_multiple' => 'Are you sure you want to delete these %d tags?',
    'delete_warning' => 'This action cannot be undone! All photos associated with this tag will no longer have this tag.',

    'merge_confirm' => 'Are you sure you want to merge the tag “%1$s” into the tag “%2$s”?',
    'merge_warning' => 'This action cannot be undone! All photos associated with the source tag will be moved to the destination tag.',

    'rename_tag' => 'Rename Tag',
];