<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'go_to_page' => 'Go to podcast page',
    'rss_feed' => 'RSS feed',
    'dashboard' => 'Podcast dashboard',
    'podcast-view' => 'Home',
    'podcast-edit' => 'Edit podcast',
    'podcast-persons-manage' => 'Manage persons',
    'podcast-imports' => 'Podcast imports',
    'podcast-imports-sync' => 'Sync feeds',
    'episodes' => 'Episodes',
    'episode-list' => 'All episodes',
    'episode-create' => 'New episode',
    'analytics' => 'Analytics',
    'podcast-analytics' => 'Audience overview',
    'podcast-analytics-webpages' => 'Web pages visits',
    'podcast-analytics-locations' => 'Locations',
    'podcast-analytics-unique-listeners' => 'Unique listeners',
    'podcast-analytics-players' => 'Players',
    'podcast-analytics-listening-time' => 'Listening time',
    'podcast-analytics-time-periods' => 'Time periods',
    'monetization' => 'Monetization',
    'subscription-list' => 'All subscriptions',
    'subscription-create' => 'Add subscription',
    'contributors' => 'Contributors',
    'contributor-list' => 'All contributors',
    'contributor-add' => 'Add contributor',
    'broadcast' => 'Broadcast',
    'platforms-podcasting' => 'Podcasting apps',
    'platforms-social' => 'Social networks',
    'platforms-funding' => 'Funding links',
    'podcast-monetization-other' => 'Other',
];
