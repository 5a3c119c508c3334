<?php

return [
    '<strong>Administration (Modules)</strong>' => '<strong>管理設定 (模組)</strong>',
    '<strong>Edit</strong> account' => '<strong>編輯</strong>帳戶',
    '<strong>Profile</strong> menu' => '<strong>個人檔案</strong>選單',
    '<strong>Profile</strong> photo' => '<strong>個人檔案</strong>照片',
    '<strong>Profile</strong> stream' => '<strong>個人檔案</strong>塗鴉牆',
    '<strong>User profile</strong>' => '<strong>用戶個人檔案</strong>',
    '<strong>Hurray!</strong> The End.' => '',
    '<strong>Hurray!</strong> You\'re done!' => '',
    'Click on this button to update your profile and account settings. You can also add more information to your profile.' => '',
    'Each profile has its own pin board. Your posts will also appear on the dashboards of those users who are following you.' => '',
    'Just like in the space, the user profile can be personalized with various modules.<br><br>You can see which modules are available for your profile by looking them in "Modules" in the account settings menu.' => '',
    'This is your public user profile, which can be seen by any registered user.' => '',
    'Upload a new profile photo by simply clicking here or by drag&drop. Do just the same for updating your cover photo.' => '',
    'You\'ve completed the user profile guide!' => '',
    'You\'ve completed the user profile guide!<br><br>To carry on with the administration guide, click here:<br /><br />' => '',
];
