<?php
/**
 * Text used in custom JavaScript driven components.
 */
return [

    // Image Manager
    'image_select' => '選取圖片',
    'image_list' => '圖片列表',
    'image_details' => '圖片詳細資訊',
    'image_upload' => '上傳圖片',
    'image_intro' => '您可以在這裡選取和管理上傳到系統的圖片。',
    'image_intro_upload' => '透過拖曳圖檔至視窗中，或是使用下方的「上傳圖片」按鍵',
    'image_all' => '全部',
    'image_all_title' => '檢視所有圖片',
    'image_book_title' => '檢視上傳到此書本的圖片',
    'image_page_title' => '檢視上傳到此頁面的圖片',
    'image_search_hint' => '以圖片名稱搜尋',
    'image_uploaded' => '上傳於 :uploadedDate',
    'image_uploaded_by' => '由 :username 上傳',
    'image_uploaded_to' => '上傳到 :pageLink',
    'image_updated' => ':updateDate 更新',
    'image_load_more' => '載入更多',
    'image_image_name' => '圖片名稱',
    'image_delete_used' => '此圖片用於以下頁面。',
    'image_delete_confirm_text' => '您確認想要刪除這個圖片？',
    'image_select_image' => '選取圖片',
    'image_dropzone' => '拖曳圖片或點擊此處上傳',
    'image_dropzone_drop' => '將圖片拖放到此處上傳',
    'images_deleted' => '圖片已刪除',
    'image_preview' => '圖片預覽',
    'image_upload_success' => '圖片上傳成功',
    'image_update_success' => '圖片詳細資訊更新成功',
    'image_delete_success' => '圖片刪除成功',
    'image_replace' => '替換圖片',
    'image_replace_success' => '圖片更新成功',
    'image_rebuild_thumbs' => '重建影像縮圖',
    'image_rebuild_thumbs_success' => '縮圖建立成功',

    // Code Editor
    'code_editor' => '編輯程式碼',
    'code_language' => '程式語言',
    'code_content' => '程式碼內容',
    'code_session_history' => '工作階段歷史',
    'code_save' => '儲存程式碼',
];
