<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'by_service_weekly' => 'Episode downloads by service (for the past week)',
    'by_player_weekly' => 'Episode downloads by player (for the past week)',
    'by_player_yearly' => 'Episode downloads by player (for the past year)',
    'by_device_weekly' => 'Episode downloads by device (for the past week)',
    'by_os_weekly' => 'Episode downloads by O.S. (for the past week)',
    'podcast_by_region' => 'Episode downloads by region (for the past week)',
    'unique_daily_listeners' => 'Daily unique listeners',
    'unique_monthly_listeners' => 'Monthly unique listeners',
    'by_browser' => 'Web pages usage by browser (for the past week)',
    'podcast_by_day' => 'Episode daily downloads',
    'podcast_by_month' => 'Episode monthly downloads',
    'episode_by_day' => 'Episode daily downloads (first 60 days)',
    'episode_by_month' => 'Episode monthly downloads',
    'episodes_by_day' =>
        '5 latest episodes downloads (during their first 60 days)',
    'by_country_weekly' => 'Episode downloads by country (for the past week)',
    'by_country_yearly' => 'Episode downloads by country (for the past year)',
    'by_domain_weekly' => 'Web pages visits by source (for the past week)',
    'by_domain_yearly' => 'Web pages visits by source (for the past year)',
    'by_entry_page' => 'Web pages visits by landing page (for the past week)',
    'podcast_bots' => 'Bots (crawlers)',
    'daily_listening_time' => 'Daily cumulative listening time',
    'monthly_listening_time' => 'Monthly cumulative listening time',
    'by_weekday' => 'By week day (for the past 60 days)',
    'by_hour' => 'By time of day (for the past 60 days)',
    'podcast_by_bandwidth' => 'Daily used bandwidth (in MB)',
    'total_storage_by_month' => 'Monthly storage (in MB)',
    'total_bandwidth_by_month' => 'Monthly used bandwidth (in MB)',
    'total_bandwidth_by_month_limit' => 'Limited to {totalBandwidth} per month',
];
