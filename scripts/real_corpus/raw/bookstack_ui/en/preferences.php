<?php

/**
 * Text used for user-preference specific views within bookstack.
 */

return [
    'my_account' => 'My Account',

    'shortcuts' => 'Shortcuts',
    'shortcuts_interface' => 'UI Shortcut Preferences',
    'shortcuts_toggle_desc' => 'Here you can enable or disable keyboard system interface shortcuts, used for navigation and actions.',
    'shortcuts_customize_desc' => 'You can customize each of the shortcuts below. Just press your desired key combination after selecting the input for a shortcut.',
    'shortcuts_toggle_label' => 'Keyboard shortcuts enabled',
    'shortcuts_section_navigation' => 'Navigation',
    'shortcuts_section_actions' => 'Common Actions',
    'shortcuts_save' => 'Save Shortcuts',
    'shortcuts_overlay_desc' => 'Note: When shortcuts are enabled a helper overlay is available via pressing "?" which will highlight the available shortcuts for actions currently visible on the screen.',
    'shortcuts_update_success' => 'Shortcut preferences have been updated!',
    'shortcuts_overview_desc' => 'Manage keyboard shortcuts you can use to navigate the system user interface.',

    'notifications' => 'Notification Preferences',
    'notifications_desc' => 'Control the email notifications you receive when certain activity is performed within the system.',
    'notifications_opt_own_page_changes' => 'Notify upon changes to pages I own',
    'notifications_opt_own_page_comments' => 'Notify upon comments on pages I own',
    'notifications_opt_comment_replies' => 'Notify upon replies to my comments',
    'notifications_save' => 'Save Preferences',
    'notifications_update_success' => 'Notification preferences have been updated!',
    'notifications_watched' => 'Watched & Ignored Items',
    'notifications_watched_desc' => 'Below are the items that have custom watch preferences applied. To update your preferences for these, view the item then find the watch options in the sidebar.',

    'auth' => 'Access & Security',
    'auth_change_password' => 'Change Password',
    'auth_change_password_desc' => 'Change the password you use to log-in to the application. This must be at least 8 characters long.',
    'auth_change_password_success' => 'Password has been updated!',

    'profile' => 'Profile Details',
    'profile_desc' => 'Manage the details of your account which represents you to other users, in addition to details that are used for communication and system personalisation.',
    'profile_view_public' => 'View Public Profile',
    'profile_name_desc' => 'Configure your display name which will be visible to other users in the system through the activity you perform, and content you own.',
    'profile_email_desc' => 'This email will be used for notifications and, depending on active system authentication, system access.',
    'profile_email_no_permission' => 'Unfortunately you don\'t have permission to change your email address. If you want to change this, you\'d need to ask an administrator to change this for you.',
    'profile_avatar_desc' => 'Select an image which will be used to represent yourself to others in the system. Ideally this image should be square and about 256px in width and height.',
    'profile_admin_options' => 'Administrator Options',
    'profile_admin_options_desc' => 'Additional administrator-level options, like those to manage role assignments, can be found for your user account in the "Settings > Users" area of the application.',

    'delete_account' => 'Delete Account',
    'delete_my_account' => 'Delete My Account',
    'delete_my_account_desc' => 'This will fully delete your user account from the system. You will not be able to recover this account or revert this action. Content you\'ve created, such as created pages and uploaded images, will remain.',
    'delete_my_account_warning' => 'Are you sure you want to delete your account?',
];
