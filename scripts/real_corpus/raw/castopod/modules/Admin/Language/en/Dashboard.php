<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'home' => 'Admin dashboard',
    'welcome_message' => 'Welcome to the admin area!',
    'podcasts' => [
        'title' => 'Podcasts',
        'not_found' => 'No published podcast',
        'last_published' => 'Last published on {lastPublicationDate}',
    ],
    'episodes' => [
        'title' => 'Episodes',
        'not_found' => 'No published episode',
        'last_published' => 'Last published on {lastPublicationDate}',
    ],
    'storage' => [
        'title' => 'Storage',
        'subtitle' => '{totalUploaded} out of {totalStorage}',
    ],
];
