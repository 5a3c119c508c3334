<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'back_to_home' => 'Back to home',
    'page' => 'Page',
    'all_pages' => 'All pages',
    'create' => 'New page',
    'go_to_page' => 'Go to page',
    'edit' => 'Edit page',
    'delete' => 'Delete page',
    'form' => [
        'title' => 'Title',
        'permalink' => 'Permalink',
        'content' => 'Content',
        'submit_create' => 'Create page',
        'submit_edit' => 'Save',
    ],
    'messages' => [
        'createSuccess' => 'The page “{pageTitle}” was created successfully!',
        'editSuccess' => 'The page was successfully updated!',
    ],
];
