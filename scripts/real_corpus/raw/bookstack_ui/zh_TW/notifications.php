<?php
/**
 * Text used for activity-based notifications.
 */
return [

    'new_comment_subject' => '頁面上有新評論：:pageName',
    'new_comment_intro' => '一位用戶在 :appName: 的頁面上發表了評論',
    'new_page_subject' => '新頁面：:pageName',
    'new_page_intro' => ':appName: 中創建了一個新頁面',
    'updated_page_subject' => '頁面更新：:pageName',
    'updated_page_intro' => ':appName: 中的一個頁面已被更新',
    'updated_page_debounce' => '為了防止出現大量通知，一段時間內您不會收到同一編輯者再次編輯本頁面的通知。',

    'detail_page_name' => '頁面名稱:',
    'detail_page_path' => '頁面路徑：',
    'detail_commenter' => '評論者:',
    'detail_comment' => '評論:',
    'detail_created_by' => '建立者:',
    'detail_updated_by' => '更新者：',

    'action_view_comment' => '檢視評論',
    'action_view_page' => '查看頁面',

    'footer_reason' => '向您發送此通知是因為 :link 涵蓋了該項目的此類活動。',
    'footer_reason_link' => '個人偏好通知設定',
];
