<?php

/**
 * Text used for user-preference specific views within bookstack.
 */

return [
    'my_account' => '帳號設定',

    'shortcuts' => '快捷鍵',
    'shortcuts_interface' => '快速鍵設定',
    'shortcuts_toggle_desc' => '您可以在此處啟用或停用鍵盤系統介面快捷鍵，這些快捷鍵用於導覽與操作。',
    'shortcuts_customize_desc' => '您可以自訂下方的每個快捷鍵。只要在選取快捷鍵輸入後按下您想要使用的按鍵組合即可。',
    'shortcuts_toggle_label' => '鍵盤快捷鍵已啟用',
    'shortcuts_section_navigation' => '導覽',
    'shortcuts_section_actions' => '通用動作',
    'shortcuts_save' => '儲存快捷鍵',
    'shortcuts_overlay_desc' => '注意：當快捷鍵啟用時，可以按下「?」來使用小幫手覆蓋畫面。這將會在目前的畫面上突顯可見動作的快捷鍵。',
    'shortcuts_update_success' => '快捷鍵偏好設定已更新！',
    'shortcuts_overview_desc' => '你可使用鍵盤快速鍵來快速瀏覽系統界面',

    'notifications' => '通知設定',
    'notifications_desc' => '控制在系統有特定活動時，是否要接收電子郵件通知',
    'notifications_opt_own_page_changes' => '當我的頁面有異動時發送通知',
    'notifications_opt_own_page_comments' => '當我的頁面有評論時發送通知',
    'notifications_opt_comment_replies' => '當我的評論有新的回覆時發送通知',
    'notifications_save' => '儲存偏好設定',
    'notifications_update_success' => '通知設定已更新',
    'notifications_watched' => '追蹤與忽略的項目',
    'notifications_watched_desc' => '以下是已經套用自訂追蹤設定的項目。若要調整，請至該項目側邊欄中的「追蹤」更新設定',

    'auth' => '存取、安全',
    'auth_change_password' => '變更密碼',
    'auth_change_password_desc' => '修改登入時使用的密碼，密碼長度至少需要有 8 個字',
    'auth_change_password_success' => '密碼已更新',

    'profile' => '個人檔案',
    'profile_desc' => '管理欲呈現給其他使用的個人資料，另外資料也用於交流與系統個人化',
    'profile_view_public' => '檢視公開的個人檔案',
    'profile_name_desc' => '設定欲公開顯示的名稱，系統中的其他使用者將會透過內容、活動記錄看到您設定的名稱',
    'profile_email_desc' => 'Email 將用於使用者通知以及系統存取授權 (若有啟用)',
    'profile_email_no_permission' => '很遺憾您沒有權限變更您的 email，如果有需要，請洽詢系統管理員協助變更 email',
    'profile_avatar_desc' => ' 選一張圖片供顯示給其他使用者看，理想的圖片大小為 256x256 像素',
    'profile_admin_options' => '管理選項',
    'profile_admin_options_desc' => '系統管理層選項可在「設定」=>「使用者」找到，像是角色管理等',

    'delete_account' => '刪除帳號',
    'delete_my_account' => '刪除我的帳號',
    'delete_my_account_desc' => '將從系統中刪除所有帳號資料，此動作無法復原。你所建立的內容、頁面以及上傳的圖片將會保留。',
    'delete_my_account_warning' => '您確定要刪除您的帳戶嗎？',
];
