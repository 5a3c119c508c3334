<?php
/**
 * Activity text strings.
 * Is used for all the text within activity logs & notifications.
 */
return [

    // Pages
    'page_create'                 => 'created page',
    'page_create_notification'    => 'Page successfully created',
    'page_update'                 => 'updated page',
    'page_update_notification'    => 'Page successfully updated',
    'page_delete'                 => 'deleted page',
    'page_delete_notification'    => 'Page successfully deleted',
    'page_restore'                => 'restored page',
    'page_restore_notification'   => 'Page successfully restored',
    'page_move'                   => 'moved page',
    'page_move_notification'      => 'Page successfully moved',

    // Chapters
    'chapter_create'              => 'created chapter',
    'chapter_create_notification' => 'Chapter successfully created',
    'chapter_update'              => 'updated chapter',
    'chapter_update_notification' => 'Chapter successfully updated',
    'chapter_delete'              => 'deleted chapter',
    'chapter_delete_notification' => 'Chapter successfully deleted',
    'chapter_move'                => 'moved chapter',
    'chapter_move_notification' => 'Chapter successfully moved',

    // Books
    'book_create'                 => 'created book',
    'book_create_notification'    => 'Book successfully created',
    'book_create_from_chapter'              => 'converted chapter to book',
    'book_create_from_chapter_notification' => 'Chapter successfully converted to a book',
    'book_update'                 => 'updated book',
    'book_update_notification'    => 'Book successfully updated',
    'book_delete'                 => 'deleted book',
    'book_delete_notification'    => 'Book successfully deleted',
    'book_sort'                   => 'sorted book',
    'book_sort_notification'      => 'Book successfully re-sorted',

    // Bookshelves
    'bookshelf_create'            => 'created shelf',
    'bookshelf_create_notification'    => 'Shelf successfully created',
    'bookshelf_create_from_book'    => 'converted book to shelf',
    'bookshelf_create_from_book_notification'    => 'Book successfully converted to a shelf',
    'bookshelf_update'                 => 'updated shelf',
    'bookshelf_update_notification'    => 'Shelf successfully updated',
    'bookshelf_delete'                 => 'deleted shelf',
    'bookshelf_delete_notification'    => 'Shelf successfully deleted',

    // Revisions
    'revision_restore' => 'restored revision',
    'revision_delete' => 'deleted revision',
    'revision_delete_notification' => 'Revision successfully deleted',

    // Favourites
    'favourite_add_notification' => '":name" has been added to your favourites',
    'favourite_remove_notification' => '":name" has been removed from your favourites',

    // Watching
    'watch_update_level_notification' => 'Watch preferences successfully updated',

    // Auth
    'auth_login' => 'logged in',
    'auth_register' => 'registered as new user',
    'auth_password_reset_request' => 'requested user password reset',
    'auth_password_reset_update' => 'reset user password',
    'mfa_setup_method' => 'configured MFA method',
    'mfa_setup_method_notification' => 'Multi-factor method successfully configured',
    'mfa_remove_method' => 'removed MFA method',
    'mfa_remove_method_notification' => 'Multi-factor method successfully removed',

    // Settings
    'settings_update' => 'updated settings',
    'settings_update_notification' => 'Settings successfully updated',
    'maintenance_action_run' => 'ran maintenance action',

    // Webhooks
    'webhook_create' => 'created webhook',
    'webhook_create_notification' => 'Webhook successfully created',
    'webhook_update' => 'updated webhook',
    'webhook_update_notification' => 'Webhook successfully updated',
    'webhook_delete' => 'deleted webhook',
    'webhook_delete_notification' => 'Webhook successfully deleted',

    // Users
    'user_create' => 'created user',
    'user_create_notification' => 'User successfully created',
    'user_update' => 'updated user',
    'user_update_notification' => 'User successfully updated',
    'user_delete' => 'deleted user',
    'user_delete_notification' => 'User successfully removed',

    // API Tokens
    'api_token_create' => 'created API token',
    'api_token_create_notification' => 'API token successfully created',
    'api_token_update' => 'updated API token',
    'api_token_update_notification' => 'API token successfully updated',
    'api_token_delete' => 'deleted API token',
    'api_token_delete_notification' => 'API token successfully deleted',

    // Roles
    'role_create' => 'created role',
    'role_create_notification' => 'Role successfully created',
    'role_update' => 'updated role',
    'role_update_notification' => 'Role successfully updated',
    'role_delete' => 'deleted role',
    'role_delete_notification' => 'Role successfully deleted',

    // Recycle Bin
    'recycle_bin_empty' => 'emptied recycle bin',
    'recycle_bin_restore' => 'restored from recycle bin',
    'recycle_bin_destroy' => 'removed from recycle bin',

    // Comments
    'commented_on'                => 'commented on',
    'comment_create'              => 'added comment',
    'comment_update'              => 'updated comment',
    'comment_delete'              => 'deleted comment',

    // Other
    'permissions_update'          => 'updated permissions',
];
