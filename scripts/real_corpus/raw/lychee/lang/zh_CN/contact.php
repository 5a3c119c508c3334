<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Contact form page
    |--------------------------------------------------------------------------
    */
    'title' => 'Contact Us',
    'description' => 'We\'d love to hear from you!',
    'name_label' => 'Name',
    'name_placeholder' => 'Your name',
    'email_label' => 'Email or contact method',
    'email_placeholder' => 'your@email.com',
    'message_label' => 'Message',
    'message_placeholder' => 'Write your message here...',
    'security_question_label' => 'Security Question',
    'security_answer_placeholder' => 'Your answer',
    'sample_qa_label' => 'Sample Q&A',
    'consent_label' => 'I agree to the',
    'consent_privacy_link' => 'privacy policy',
    'name_required_error' => 'Name is required.',
    'email_required_error' => 'Contact method is required.',
    'message_min_length_error' => 'Message must be at least 10 characters.',
    'security_answer_required_error' => 'Please answer the security question.',
    'consent_required_error' => 'You must agree to the privacy policy.',
    'submit_button' => 'Send Message',
    'clear_button' => 'Clear',
    'success_message' => 'Thank you for your message. We will get back to you soon.',
    'submit_error' => 'An error occurred while submitting your message. Please try again.',
    'rate_limit_error' => 'Too many submissions. Please try again later.',
    'validation_error' => 'Please correct the errors below.',

    /*
    |--------------------------------------------------------------------------
    | Admin contact messages page
    |--------------------------------------------------------------------------
    */
    'admin' => [
        'title' => 'Contact Messages',
        'description' => 'Messages submitted through the contact form.',
        'no_messages' => 'No contact messages yet.',
        'name_column' => 'Name',
        'email_column' => 'Email',
        'message_column' => 'Message',
        'date_column' => 'Date',
        'read_column' => 'Read',
        'search_placeholder' => 'Search messages...',
        'filter_unread' => 'Unread',
        'filter_read' => 'Read',
        'filter_all' => 'All',
        'mark_read' => 'Mark as read',
        'mark_unread' => 'Mark as unread',
        'delete_confirm_header' => 'Delete Message',
        'delete_confirm_message' => 'Are you sure you want to delete this message?',
        'delete_warning' => 'This action cannot be undone.',
        'delete_success' => 'Message deleted.',
        'delete_error' => 'Failed to delete the message.',
        'update_error' => 'Failed to update the message.',
        'cancel' => 'Cancel',
        'delete' => 'Delete',
    ],
];
