<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'yes' => 'Yes',
    'no' => 'No',
    'cancel' => 'Cancel',
    'optional' => 'Optional',
    'more' => 'More',
    'no_data' => 'No data found!',
    'close' => 'Close',
    'edit' => 'Edit',
    'copy' => 'Copy',
    'copied' => 'Copied!',
    'home' => 'Home',
    'explicit' => 'Explicit',
    'powered_by' => 'Powered by {castopod}',
    'actions' => 'Actions',
    'pageInfo' => 'Page {currentPage} out of {pageCount}',
    'go_back' => 'Go back',
    'forms' => [
        'editor' => [
            'write' => 'Write',
            'preview' => 'Preview',
            'help' => 'Powered by markdown',
        ],
        'multiSelect' => [
            'selectText' => 'Press to select',
            'loadingText' => 'Loading…',
            'noResultsText' => 'No results found',
            'noChoicesText' => 'No choices to choose from',
            'maxItemText' => 'Cannot add more items',
        ],
        'upload_file' => 'Upload a file',
        'remote_url' => 'Remote URL',
        'save' => 'Save',
    ],
    'play_episode_button' => [
        'play' => 'Play',
        'playing' => 'Playing',
    ],
    'size_limit' => 'Size limit: {0}.',
    'choose_interact' => 'Choose how to interact',
    'view' => 'View',
];
