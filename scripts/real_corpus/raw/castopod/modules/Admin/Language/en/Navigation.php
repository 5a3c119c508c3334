<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'toggle_sidebar' => 'Toggle sidebar',
    'go_to_website' => 'Go to website',
    'go_to_admin' => 'Go to admin',
    'not-authorized' => 'Not authorized',
    'dashboard' => 'Dashboard',
    'admin' => 'Home',
    'podcasts' => 'Podcasts',
    'podcast-list' => 'All podcasts',
    'podcast-create' => 'New podcast',
    'all-podcast-imports' => 'All Podcast imports',
    'podcast-imports-add' => 'Import a podcast',
    'plugins' => 'Plugins',
    'plugins-installed' => 'Installed',
    'persons' => 'Persons',
    'person-list' => 'All persons',
    'person-create' => 'New person',
    'fediverse' => 'Fediverse',
    'fediverse-blocked-actors' => 'Blocked accounts',
    'fediverse-blocked-domains' => 'Blocked domains',
    'users' => 'Users',
    'user-list' => 'All users',
    'user-create' => 'New user',
    'pages' => 'Pages',
    'page-list' => 'All pages',
    'page-create' => 'New Page',
    'settings' => 'Settings',
    'settings-general' => 'General',
    'settings-theme' => 'Theme',
    'admin-about' => 'About',
    'account' => [
        'my-account' => 'My account',
        'change-password' => 'Change password',
        'logout' => 'Logout',
    ],
];
