<?php
/**
 * Text used in custom JavaScript driven components.
 */
return [

    // Image Manager
    'image_select' => 'Image Select',
    'image_list' => 'Image List',
    'image_details' => 'Image Details',
    'image_upload' => 'Upload Image',
    'image_intro' => 'Here you can select and manage images that have been previously uploaded to the system.',
    'image_intro_upload' => 'Upload a new image by dragging an image file into this window, or by using the "Upload Image" button above.',
    'image_all' => 'All',
    'image_all_title' => 'View all images',
    'image_book_title' => 'View images uploaded to this book',
    'image_page_title' => 'View images uploaded to this page',
    'image_search_hint' => 'Search by image name',
    'image_uploaded' => 'Uploaded :uploadedDate',
    'image_uploaded_by' => 'Uploaded by :userName',
    'image_uploaded_to' => 'Uploaded to :pageLink',
    'image_updated' => 'Updated :updateDate',
    'image_load_more' => 'Load More',
    'image_image_name' => 'Image Name',
    'image_delete_used' => 'This image is used in the pages below.',
    'image_delete_confirm_text' => 'Are you sure you want to delete this image?',
    'image_select_image' => 'Select Image',
    'image_dropzone' => 'Drop images or click here to upload',
    'image_dropzone_drop' => 'Drop images here to upload',
    'images_deleted' => 'Images Deleted',
    'image_preview' => 'Image Preview',
    'image_upload_success' => 'Image uploaded successfully',
    'image_update_success' => 'Image details successfully updated',
    'image_delete_success' => 'Image successfully deleted',
    'image_replace' => 'Replace Image',
    'image_replace_success' => 'Image file successfully updated',
    'image_rebuild_thumbs' => 'Regenerate Size Variations',
    'image_rebuild_thumbs_success' => 'Image size variations successfully rebuilt!',

    // Code Editor
    'code_editor' => 'Edit Code',
    'code_language' => 'Code Language',
    'code_content' => 'Code Content',
    'code_session_history' => 'Session History',
    'code_save' => 'Save Code',
];
