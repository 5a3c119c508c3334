<?php

/**
 * SPDX-License-Identifier: MIT
 * Copyright (c) 2017-2018 Tobias Reich
 * Copyright (c) 2018-2026 LycheeOrg.
 */

return [
    /*
    |--------------------------------------------------------------------------
    | Landing page featured content (admin CRUD)
    |--------------------------------------------------------------------------
    */

    'title' => 'Featured Content',
    'description' => 'Curate specific photos and albums to feature on the landing page.',

    'mode_automatic' => 'Automatic (latest published public albums)',
    'mode_manual' => 'Manual (curate specific photos/albums)',

    'field_enabled' => 'Enable featured content',
    'field_mode' => 'Mode',
    'field_count' => 'Number of automatic items',

    'search_placeholder' => 'Search photos/albums by title…',
    'search_no_results' => 'No results.',
    'add' => 'Add',

    'no_items' => 'No items curated yet.',
    'col_preview' => 'Preview',
    'col_title' => 'Title',
    'col_type' => 'Type',
    'col_enabled' => 'Enabled',
    'col_actions' => 'Actions',
    'type_photo' => 'Photo',
    'type_album' => 'Album',

    'confirm_delete_header' => 'Remove Featured Item',
    'confirm_delete_message' => 'Are you sure you want to remove ":title" from the featured content?',

    'added' => 'Item added successfully.',
    'deleted' => 'Item removed successfully.',
    'reordered' => 'Featured items reordered successfully.',
    'error_load' => 'Failed to load featured items.',
    'error_search' => 'Failed to search.',
    'error_add' => 'Failed to add item.',
    'error_delete' => 'Failed to remove item.',
    'error_reorder' => 'Failed to reorder featured items.',
];
