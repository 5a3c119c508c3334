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
    'close' => 'Close',
    'home' => 'Home',
    'explicit' => 'Explicit',
    'powered_by' => 'Powered by {castopod}',
    'go_back' => 'Go back',
    'play_episode_button' => [
        'play' => 'Play',
        'playing' => 'Playing',
    ],
    'read_more' => 'Read more',
    'read_less' => 'Read less',
    'see_more' => 'See more',
    'see_less' => 'See less',
    'legal_notice' => 'Legal notice',
];
