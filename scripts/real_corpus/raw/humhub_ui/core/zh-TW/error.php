<?php

return [
    '<strong>Login</strong> required' => '需要 <strong>登入</strong>',
    'An internal server error occurred.' => '伺服器發生內部錯誤。',
    'Guest mode not active, please login first.' => '尚未啟用訪客模式，請先登入。',
    'Login required for this section.' => '此區域需要登入。',
    'Maintenance mode activated: You have been automatically logged out and will no longer have access the platform until the maintenance has been completed.' => '維護模式已啟用: 您已經被自動登出此平台，再平台完成維護之前，您將無法再存取此平台。',
    'Maintenance mode is active. Only Administrators can access the platform.' => '已啟用維護模式。只有管理員可以存取此平台。',
    'The specified URL cannot be called directly.' => '無法直接調用特定的URL。',
    'You are not allowed to perform this action.' => '您尚未被允許執行此操作。',
    'You are not permitted to access this section.' => '您沒有存取此區域的權限。',
    'You must change password.' => '您必須變更密碼。',
    'You need admin permissions to access this section.' => '您需要管理者權限以便存取此區域。',
    'Your user account has not been approved yet, please try again later or contact a network administrator.' => '您的使用者帳戶目前尚未被核准，請稍候再嘗試，或者與系統管理員聯繫。',
    'Your user account is inactive, please login with an active account or contact a network administrator.' => '您的使用者帳戶目前被停用，請改用其他已啟用的帳戶，或者與系統管理員聯繫。',
    'The module {moduleId} is present in the HumHub configuration file even though this module is disabled. Please remove it from the configuration.' => '',
];
