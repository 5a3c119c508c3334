<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Duplicate Finder Page
    |--------------------------------------------------------------------------
    */
    'title' => '維護',
    'intro' => '你可以在本頁找到重覆的相片。',
    'found' => ' 發現重覆!',
    'invalid-search' => ' At least the checksum or title condition must be checked.',
    'checksum-must-match' => 'Checksum must match.',
    'title-must-match' => '標題必需要一致。',
    'must-be-in-same-album' => '必需要在同一個相本裡面。',
    'columns' => [
        'album' => '相本',
        'photo' => '相片',
        'checksum' => 'Checksum',
    ],
    'warning' => [
        'no-original-left' => 'No original left.',
        'keep-one' => '你在這組裡選擇了所有重覆的。請至少保留一個。',
    ],
    'delete-selected' => '刪除已選',
];
