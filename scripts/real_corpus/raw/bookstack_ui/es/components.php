<?php
/**
 * Text used in custom JavaScript driven components.
 */
return [

    // Image Manager
    'image_select' => 'Seleccionar Imagen',
    'image_list' => 'Lista de imágenes',
    'image_details' => 'Detalles de la imagen',
    'image_upload' => 'Subir imagen',
    'image_intro' => 'Aquí puede seleccionar y administrar las imágenes que se han subido previamente al sistema.',
    'image_intro_upload' => 'Suba una nueva imagen arrastrando un archivo de imagen en esta ventana, o usando el botón "Subir imagen" de arriba.',
    'image_all' => 'Todas',
    'image_all_title' => 'Ver todas las imágenes',
    'image_book_title' => 'Ver las imágenes subidas a este libro',
    'image_page_title' => 'Ver las imágenes subidas a esta página',
    'image_search_hint' => 'Buscar por nombre de imagen',
    'image_uploaded' => 'Subido el :uploadedDate',
    'image_uploaded_by' => 'Subida por :userName',
    'image_uploaded_to' => 'Subida a :pageLink',
    'image_updated' => 'Actualizado :updateDate',
    'image_load_more' => 'Cargar más',
    'image_image_name' => 'Nombre de imagen',
    'image_delete_used' => 'Esta imagen está siendo utilizada en las páginas mostradas a continuación.',
    'image_delete_confirm_text' => '¿Estás seguro de que quieres eliminar esta imagen?',
    'image_select_image' => 'Seleccionar Imagen',
    'image_dropzone' => 'Arrastre las imágenes o hacer click aquí para Subir',
    'image_dropzone_drop' => 'Arrastre las imágenes aquí para subirlas',
    'images_deleted' => 'Imágenes borradas',
    'image_preview' => 'Previsualización de la imagen',
    'image_upload_success' => 'Imagen subida éxitosamente',
    'image_update_success' => 'Detalles de la imagen actualizados exitosamente',
    'image_delete_success' => 'Imagen borrada exitosamente',
    'image_replace' => 'Sustituir imagen',
    'image_replace_success' => 'Imagen actualizada correctamente',
    'image_rebuild_thumbs' => 'Regenerar distintos tamaños',
    'image_rebuild_thumbs_success' => '¡Imágenes de distinto tamaño regeneradas correctamente!',

    // Code Editor
    'code_editor' => 'Editar Código',
    'code_language' => 'Lenguaje del Código',
    'code_content' => 'Contenido del Código',
    'code_session_history' => 'Historial de la sesión',
    'code_save' => 'Guardar Código',
];
