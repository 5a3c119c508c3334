<?php
/**
 * Text used in custom JavaScript driven components.
 */
return [

    // Image Manager
    'image_select' => '选择图片',
    'image_list' => '图片列表',
    'image_details' => '图片详情',
    'image_upload' => '上传图片',
    'image_intro' => '您可以在此选择和管理以前上传到系统的图片。',
    'image_intro_upload' => '通过将图片文件拖到此窗口或使用上面的“上传图片”按钮来上传新图片。',
    'image_all' => '全部',
    'image_all_title' => '查看所有图片',
    'image_book_title' => '查看上传到本书的图片',
    'image_page_title' => '查看上传到本页面的图片',
    'image_search_hint' => '按图片名称搜索',
    'image_uploaded' => '上传于 :uploadedDate',
    'image_uploaded_by' => '由 :username 上传',
    'image_uploaded_to' => '上传到 :pageLink',
    'image_updated' => ':updateDate 更新',
    'image_load_more' => '显示更多',
    'image_image_name' => '图片名称',
    'image_delete_used' => '该图像用于以下页面。',
    'image_delete_confirm_text' => '您确认要删除此图片吗？',
    'image_select_image' => '选择图片',
    'image_dropzone' => '拖放图片或点击此处上传',
    'image_dropzone_drop' => '将图片拖放到此处上传',
    'images_deleted' => '图片已删除',
    'image_preview' => '图片预览',
    'image_upload_success' => '图片上传成功',
    'image_update_success' => '图片详细信息更新成功',
    'image_delete_success' => '图片删除成功',
    'image_replace' => '替换图片',
    'image_replace_success' => '图片文件更新成功',
    'image_rebuild_thumbs' => '重新生成大小变化',
    'image_rebuild_thumbs_success' => '图像大小变化成功重建！',

    // Code Editor
    'code_editor' => '编辑代码',
    'code_language' => '编程语言',
    'code_content' => '代码内容',
    'code_session_history' => '会话历史',
    'code_save' => '保存代码',
];
