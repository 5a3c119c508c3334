<?php

return [

    'edit_columns'              => 'Edit Columns',
    'empty_items'               => 'You have not added any items.',
    'grand_total'               => 'Grand Total',
    'accept_payment_online'     => 'Accept Payments Online',
    'transaction'               => 'A payment for :amount was made using :account.',
    'billing'                   => 'Billing',
    'advanced'                  => 'Advanced',

    'item_price_hidden'         => 'This column is hidden on your :type.',

    'actions' => [
        'cancel'                => 'Cancel',
    ],

    'invoice_detail' => [
        'marked'                => '<b>You</b> marked this invoice as',
        'services'              => 'Services',
        'another_item'          => 'Another Item',
        'another_description'   => 'and another description',
        'more_item'             => '+:count more item',
    ],

    'statuses' => [
        'draft'                 => 'Draft',
        'sent'                  => 'Sent',
        'expired'               => 'Expired',
        'viewed'                => 'Viewed',
        'approved'              => 'Approved',
        'received'              => 'Received',
        'refused'               => 'Refused',
        'restored'              => 'Restored',
        'reversed'              => 'Reversed',
        'partial'               => 'Partial',
        'paid'                  => 'Paid',
        'pending'               => 'Pending',
        'invoiced'              => 'Invoiced',
        'overdue'               => 'Overdue',
        'unpaid'                => 'Unpaid',
        'cancelled'             => 'Cancelled',
        'voided'                => 'Voided',
        'completed'             => 'Completed',
        'shipped'               => 'Shipped',
        'refunded'              => 'Refunded',
        'failed'                => 'Failed',
        'denied'                => 'Denied',
        'processed'             => 'Processed',
        'open'                  => 'Open',
        'closed'                => 'Closed',
        'billed'                => 'Billed',
        'delivered'             => 'Delivered',
        'returned'              => 'Returned',
        'drawn'                 => 'Drawn',
        'not_billed'            => 'Not Billed',
        'issued'                => 'Issued',
        'not_invoiced'          => 'Not Invoiced',
        'confirmed'             => 'Confirmed',
        'not_confirmed'         => 'Not Confirmed',
        'active'                => 'Active',
        'ended'                 => 'Ended',
    ],

    'form_description' => [
        'companies'             => 'Change the address, logo, and other information for your company.',
        'billing'               => 'Billing details appears in your document.',
        'advanced'              => 'Select the category, add or edit the footer, and add attachments to your :type.',
        'attachment'            => 'Download the files attached to this :type',
    ],

    'messages' => [
        'email_sent'            => ':type email has been sent!',
        'marked_as'             => ':type marked as :status!',
        'marked_sent'           => ':type marked as sent!',
        'marked_paid'           => ':type marked as paid!',
        'marked_viewed'         => ':type marked as viewed!',
        'marked_cancelled'      => ':type marked as cancelled!',
        'marked_received'       => ':type marked as received!',
    ],

    'recurring' => [
        'auto_generated'        => 'Auto-generated',

        'tooltip' => [
            'document_date'     => 'The :type date will be automatically assigned based on the :type schedule and frequency.',
            'document_number'   => 'The :type number will be automatically assigned when each recurring :type is generated.',
        ],
    ],

    'empty_attachments'         => 'There are no files attached to this :type.',
];
