<?php
/**
 * Text used for activity-based notifications.
 */
return [

    'new_comment_subject' => 'New comment on page: :pageName',
    'new_comment_intro' => 'A user has commented on a page in :appName:',
    'new_page_subject' => 'New page: :pageName',
    'new_page_intro' => 'A new page has been created in :appName:',
    'updated_page_subject' => 'Updated page: :pageName',
    'updated_page_intro' => 'A page has been updated in :appName:',
    'updated_page_debounce' => 'To prevent a mass of notifications, for a while you won\'t be sent notifications for further edits to this page by the same editor.',

    'detail_page_name' => 'Page Name:',
    'detail_page_path' => 'Page Path:',
    'detail_commenter' => 'Commenter:',
    'detail_comment' => 'Comment:',
    'detail_created_by' => 'Created By:',
    'detail_updated_by' => 'Updated By:',

    'action_view_comment' => 'View Comment',
    'action_view_page' => 'View Page',

    'footer_reason' => 'This notification was sent to you because :link cover this type of activity for this item.',
    'footer_reason_link' => 'your notification preferences',
];
