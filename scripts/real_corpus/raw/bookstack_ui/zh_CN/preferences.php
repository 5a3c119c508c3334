<?php

/**
 * Text used for user-preference specific views within bookstack.
 */

return [
    'my_account' => '我的账户',

    'shortcuts' => '快捷键',
    'shortcuts_interface' => '界面快捷方式首选项',
    'shortcuts_toggle_desc' => '你可以启用或禁用键盘系统界面快捷键，这些快捷键用于导航和操作。',
    'shortcuts_customize_desc' => '您可以自定义下面的每个快捷键。选择快捷方式输入后按下您想使用的按键组合即可。',
    'shortcuts_toggle_label' => '启用键盘快捷键',
    'shortcuts_section_navigation' => '导航',
    'shortcuts_section_actions' => '通用操作',
    'shortcuts_save' => '保存快捷键',
    'shortcuts_overlay_desc' => '注意：当快捷键启用时，可以按"?"键来打开帮助，它将突出显示当前屏幕上可见操作的快捷键。',
    'shortcuts_update_success' => '快捷键设置已更新！',
    'shortcuts_overview_desc' => '管理可用于导航系统用户界面的快捷键。',

    'notifications' => '通知偏好',
    'notifications_desc' => '控制在系统内发生某些活动时您会收到的电子邮件通知。',
    'notifications_opt_own_page_changes' => '在我拥有的页面被修改时通知我',
    'notifications_opt_own_page_comments' => '在我拥有的页面上有新评论时通知我',
    'notifications_opt_comment_replies' => '在有人回复我的频率时通知我',
    'notifications_save' => '保存偏好设置',
    'notifications_update_success' => '通知偏好设置已更新！',
    'notifications_watched' => '已关注和忽略的项目',
    'notifications_watched_desc' => '下面是已应用自定义关注选项的项目。要更新您的关注设置，请查看该项目，然后在该项目的侧边栏中找到关注选项。',

    'auth' => '访问与安全',
    'auth_change_password' => '更改密码',
    'auth_change_password_desc' => '更改用于登录本应用的密码。 长度必须至少为 8 个字符。',
    'auth_change_password_success' => '密码已更新！',

    'profile' => '个人资料详情',
    'profile_desc' => '管理您的账户细节，这些细节会向其他用户展示，除此之外，还包括用于交流和系统个性化的细节。',
    'profile_view_public' => '查看公开个人资料',
    'profile_name_desc' => '配置您的显示名称，名称将通过您执行的活动和您拥有的内容在系统中对其他用户可见。',
    'profile_email_desc' => '此电子邮件将用于通知，并根据活跃的系统身份验证，用于系统访问。',
    'profile_email_no_permission' => '很抱歉，您没有权限更改电子邮件地址。 如果您想要更改，您需要请管理员为您更改。',
    'profile_avatar_desc' => '选择一张图片，图片将在系统中用于向他人展示您的形象。理想情况下，这张图片应为方形，宽高约为256像素。',
    'profile_admin_options' => '管理员选项',
    'profile_admin_options_desc' => '针对用户账户，您可以在应用的「设置 > 用户」区域找到其他管理员级别选项，例如管理角色分配等。',

    'delete_account' => '删除账户',
    'delete_my_account' => '删除我的账户',
    'delete_my_account_desc' => '此操作将完全删除您在系统中的用户账户。您将无法恢复此账户或撤销此操作。您创建的内容，如创建的页面和上传的图片，将保留下来。',
    'delete_my_account_warning' => '您确定要删除您的账号吗？',
];
