<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'go_to_page' => 'View episode page',
    'dashboard' => 'Episode dashboard',
    'episode-view' => 'Home',
    'episode-edit' => 'Edit episode',
    'episode-persons-manage' => 'Manage persons',
    'embed-add' => 'Embeddable player',
    'clips' => 'Clips',
    'video-clips-list' => 'Video clips',
    'video-clips-create' => 'New video clip',
    'soundbites-list' => 'Soundbites',
    'soundbites-create' => 'New soundbite',
    'plugins' => 'Plugins',
];
