<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Profile page
    |--------------------------------------------------------------------------
    */
    'title' => '个人资料',
    'login' => [
        'header' => '个人资料',
        'enter_current_password' => '请输入您的当前密码：',
        'current_password' => '当前密码',
        'credentials_update' => '您的登录信息将更改为：',
        'username' => '用户名',
        'new_password' => '新密码',
        'confirm_new_password' => '确认新密码',
        'password_strength_info' => '密码强度是使用 <a href="https://github.com/dropbox/zxcvbn" class="inline-block border-b border-info border-dashed" target="_blank" rel="noreferrer">zxcvbn 算法</a>估算的。',
        'email_instruction' => '添加您的邮箱以启用邮件通知。如需停止接收邮件，只需删除下方的邮箱地址即可。',
        'email' => '邮箱',
        'change' => '修改登录信息',
        'api_token' => 'API 令牌...',
        'missing_fields' => '缺少必填项',
        'ldap_managed' => '用户登录信息由 LDAP 管理。',
    ],
    'register' => [
        'username_exists' => '用户名已存在。',
        'password_mismatch' => '密码不匹配。',
        'signup' => '注册',
        'error' => '注册账户时发生错误。',
        'success' => '您的账户已成功创建。',
    ],
    'admin_setup' => [
        'header' => '设置您的管理员账户',
        'welcome' => '欢迎使用 Lychee，<br>让我们从创建管理员账户开始。',
        'submit' => '创建管理员账户',
        'success' => '管理员账户创建成功。',
        'error' => '创建管理员账户时发生错误。',
        'already_exists' => '管理员账户已设置。',
    ],
    'token' => [
        'unavailable' => '您已查看过此令牌。',
        'no_data' => '尚未生成 API 令牌。',
        'disable' => '禁用',
        'disabled' => '令牌已禁用',
        'warning' => '此令牌不会再次显示。请复制并将其保存在安全的地方。',
        'reset' => '重置令牌',
        'create' => '创建新令牌',
    ],
    'oauth' => [
        'header' => 'OAuth',
        'header_not_available' => 'OAuth 不可用',
        'setup_env' => '在 .env 文件中设置凭据',
        'token_registered' => '%s 令牌已注册。',
        'setup' => '设置 %s',
        'reset' => '重置',
        'credential_deleted' => '凭据已删除！',
    ],
    'u2f' => [
        'header' => 'Passkey/MFA/2FA',
        'info' => '这仅提供使用 WebAuthn 进行身份验证的功能，以替代用户名和密码。',
        'empty' => '凭据列表为空！',
        'not_secure' => '环境不安全。U2F 不可用。',
        'new' => '注册新设备',
        'credential_deleted' => '凭据已删除！',
        'credential_updated' => '凭据已更新！',
        'credential_registred' => '注册成功！',
        '5_chars' => '至少需要 5 个字符。',
    ],
    'preferences' => [
        'header' => 'Preferences',
        'save' => 'Save Preference',
        'reset' => 'Reset',
        'change_saved' => 'Preference saved!',
    ],
    'shared_albums' => [
        'instruction' => 'Choose how shared albums (albums from other users) appear in your gallery:',
        'mode_default' => 'Use Server Default',
        'mode_default_desc' => 'Inherit the server\'s default visibility mode.',
        'mode_show' => 'Show Inline',
        'mode_show_desc' => 'Shared albums appear below your own albums.',
        'mode_separate' => 'Separate Tabs',
        'mode_separate_desc' => 'View albums in separate "My Albums" and "Shared with Me" tabs.',
        'mode_separate_shared_only' => 'Shared Only',
        'mode_separate_shared_only_desc' => 'Separate tabs showing only directly shared albums (excludes public albums).',
        'mode_hide' => 'Hide',
        'mode_hide_desc' => 'Don\'t show any shared albums.',
    ],
];
