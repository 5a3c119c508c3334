<?php

declare(strict_types=1);

/**
 * @copyright  2021 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'list' => [
        'title' => 'Soundbites',
        'soundbite' => 'Soundbite',
    ],
    'messages' => [
        'createSuccess' => 'Soundbite has been successfully created!',
        'deleteSuccess' => 'Soundbite has been successfully removed!',
    ],
    'form' => [
        'title' => 'New soundbite',
        'soundbite_title' => 'Soundbite title',
        'start_time' => 'Start at',
        'duration' => 'Duration',
        'submit' => 'Create soundbite',
    ],
    'play' => 'Play soundbite',
    'stop' => 'Stop soundbite',
    'create' => 'New soundbite',
    'delete' => 'Delete soundbite',
];
