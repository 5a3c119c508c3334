<?php
/**
 * Text used for activity-based notifications.
 */
return [

    'new_comment_subject' => 'Nuevo comentario en la página: :pageName',
    'new_comment_intro' => 'Un usuario ha comentado en una página de :appName:',
    'new_page_subject' => 'Nueva página: :pageName',
    'new_page_intro' => 'Una nueva página ha sido creada en :appName:',
    'updated_page_subject' => 'Página actualizada: :pageName',
    'updated_page_intro' => 'Una página ha sido actualizada en :appName:',
    'updated_page_debounce' => 'Para prevenir notificaciones en masa, durante un tiempo no se enviarán notificaciones para futuras ediciones de esta página por el mismo editor.',

    'detail_page_name' => 'Nombre de página:',
    'detail_page_path' => 'Ruta de la página:',
    'detail_commenter' => 'Autor del comentario:',
    'detail_comment' => 'Comentario:',
    'detail_created_by' => 'Creado por:',
    'detail_updated_by' => 'Actualizado por:',

    'action_view_comment' => 'Ver comentario',
    'action_view_page' => 'Ver página',

    'footer_reason' => 'Esta notificación fue enviada porque :link cubre este tipo de actividad para este artículo.',
    'footer_reason_link' => 'sus preferencias de notificación',
];
