<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Moderation page
    |--------------------------------------------------------------------------
    */
    'title' => 'Moderation',
    'description' => 'Review and approve photos uploaded by users with the "check" trust level before they become publicly visible.',
    'approve_selected' => 'Approve Selected',
    'delete_selected' => 'Delete Selected',
    'selected' => 'selected',
    'no_pending' => 'No photos are awaiting moderation.',
    'approved' => 'Photos approved successfully.',
    'col_thumbnail' => 'Thumbnail',
    'col_title' => 'Title',
    'col_owner' => 'Owner',
    'col_album' => 'Album',
    'col_uploaded' => 'Uploaded',
    'col_nsfw' => 'NSFW',
    'nsfw_review' => 'NSFW Review',
    'overlay_confidence' => 'Confidence: :value%',
    'overlay_area' => 'Area: :value',
    'overlay_mode_all' => 'NSFW: All',
    'overlay_mode_block' => 'NSFW: Block',
    'overlay_mode_review' => 'NSFW: Review',
    'overlay_mode_sensitive' => 'NSFW: Sensitive',
];
