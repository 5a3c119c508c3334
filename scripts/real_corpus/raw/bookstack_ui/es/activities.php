<?php
/**
 * Activity text strings.
 * Is used for all the text within activity logs & notifications.
 */
return [

    // Pages
    'page_create'                 => 'Página creada',
    'page_create_notification'    => 'Página creada correctamente',
    'page_update'                 => 'página actualizada',
    'page_update_notification'    => 'Página actualizada correctamente',
    'page_delete'                 => 'página eliminada',
    'page_delete_notification'    => 'Página eliminada correctamente',
    'page_restore'                => 'página restaurada',
    'page_restore_notification'   => 'Página restaurada correctamente',
    'page_move'                   => 'página movida',
    'page_move_notification'      => 'Página movida correctamente',

    // Chapters
    'chapter_create'              => 'capítulo creado',
    'chapter_create_notification' => 'Capítulo creado correctamente',
    'chapter_update'              => 'capítulo actualizado',
    'chapter_update_notification' => 'Capítulo actualizado correctamente',
    'chapter_delete'              => 'capítulo eliminado',
    'chapter_delete_notification' => 'Capítulo eliminado correctamente',
    'chapter_move'                => 'capítulo movido',
    'chapter_move_notification' => 'Capítulo movido correctamente',

    // Books
    'book_create'                 => 'libro creado',
    'book_create_notification'    => 'Libro creado correctamente',
    'book_create_from_chapter'              => 'convertido capítulo a libro',
    'book_create_from_chapter_notification' => 'Capítulo convertido a libro con éxito',
    'book_update'                 => 'libro actualizado',
    'book_update_notification'    => 'Libro actualizado correctamente',
    'book_delete'                 => 'libro eliminado',
    'book_delete_notification'    => 'Libro eliminado correctamente',
    'book_sort'                   => 'libro ordenado',
    'book_sort_notification'      => 'Libro reordenado correctamente',

    // Bookshelves
    'bookshelf_create'            => 'estante creado',
    'bookshelf_create_notification'    => 'Estante creado correctamente',
    'bookshelf_create_from_book'    => 'libro convertido a estante',
    'bookshelf_create_from_book_notification'    => 'Libro convertido a estante con éxito',
    'bookshelf_update'                 => 'estante actualizado',
    'bookshelf_update_notification'    => 'Estante actualizado correctamente',
    'bookshelf_delete'                 => 'estante eliminado',
    'bookshelf_delete_notification'    => 'Estante eliminado correctamente',

    // Revisions
    'revision_restore' => 'revisión restaurada',
    'revision_delete' => 'revisión eliminada',
    'revision_delete_notification' => 'Revisión eliminada correctamente',

    // Favourites
    'favourite_add_notification' => '".name" ha sido añadido a sus favoritos',
    'favourite_remove_notification' => '".name" ha sido eliminado de sus favoritos',

    // Watching
    'watch_update_level_notification' => 'Preferencias de suscripciones actualizadas correctamente',

    // Auth
    'auth_login' => 'conectado',
    'auth_register' => 'registrado como nuevo usuario',
    'auth_password_reset_request' => 'solicitado cambio de contraseña de usuario',
    'auth_password_reset_update' => 'restablecer contraseña de usuario',
    'mfa_setup_method' => 'método MFA configurado',
    'mfa_setup_method_notification' => 'Método de Autenticación en Dos Pasos configurado correctamente',
    'mfa_remove_method' => 'método MFA eliminado',
    'mfa_remove_method_notification' => 'Método de Autenticación en Dos Pasos eliminado correctamente',

    // Settings
    'settings_update' => 'configuración actualizada',
    'settings_update_notification' => 'Configuración actualizada correctamente',
    'maintenance_action_run' => 'ejecutada acción de mantenimiento',

    // Webhooks
    'webhook_create' => 'webhook creado',
    'webhook_create_notification' => 'Webhook creado correctamente',
    'webhook_update' => 'webhook actualizado',
    'webhook_update_notification' => 'Webhook actualizado correctamente',
    'webhook_delete' => 'webhook eliminado',
    'webhook_delete_notification' => 'Webhook eliminado correctamente',

    // Users
    'user_create' => 'usuario creado',
    'user_create_notification' => 'Usuario creado correctamente',
    'user_update' => 'usuario actualizado',
    'user_update_notification' => 'Usuario actualizado correctamente',
    'user_delete' => 'usuario eliminado',
    'user_delete_notification' => 'Usuario eliminado correctamente',

    // API Tokens
    'api_token_create' => 'token de API creado',
    'api_token_create_notification' => 'Token API creado correctamente',
    'api_token_update' => 'token de API actualizado',
    'api_token_update_notification' => 'Token API actualizado correctamente',
    'api_token_delete' => 'token de API borrado',
    'api_token_delete_notification' => 'Token API borrado correctamente',

    // Roles
    'role_create' => 'rol creado',
    'role_create_notification' => 'Rol creado correctamente',
    'role_update' => 'rol actualizado',
    'role_update_notification' => 'Rol actualizado correctamente',
    'role_delete' => 'rol borrado',
    'role_delete_notification' => 'Rol eliminado correctamente',

    // Recycle Bin
    'recycle_bin_empty' => 'papelera de reciclaje vaciada',
    'recycle_bin_restore' => 'restaurado de la papelera de reciclaje',
    'recycle_bin_destroy' => 'eliminado de la papelera de reciclaje',

    // Comments
    'commented_on'                => 'comentada el',
    'comment_create'              => 'comentario añadido',
    'comment_update'              => 'comentario actualizado',
    'comment_delete'              => 'comentario borrado',

    // Other
    'permissions_update'          => 'permisos actualizados',
];
