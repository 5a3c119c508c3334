<?php

return [

    'api_key'               => 'API Key',
    'my_apps'               => 'My Apps',
    'checkout'              => 'Checkout',
    'documentation'         => 'Documentation',

    'home'                  => 'Home',
    'tiles'                 => 'List',
    'item'                  => 'App Details',
    'pre_sale'              => 'Pre-Sale',
    'no_apps'               => 'Check the most professional apps for your business and get them at the best price.',
    'learn_more'            => 'Learn More',
    'see_apps'              => 'See Apps',
    'no_apps_marketing'     => 'Get your business done professionally',
    'premium_banner'        => 'SWITCH TO PREMIUM TODAY',
    'see_all'               => 'See all',
    'see_all_type'          => 'See all :type',
    'saving'                => 'You save :saved-price a year!',
    'top_paid'              => 'Top Paid',
    'new'                   => 'New',
    'top_free'              => 'Top Free',
    'free'                  => 'FREE',
    'monthly'               => 'Monthly',
    'yearly'                => 'Yearly',
    'yearly_pricing'        => 'Yearly Pricing',
    'monthly_price'         => 'from :price',
    'per_month'             => 'per month',
    'once'                  => 'once',
    'billed_monthly'        => 'Billed Monthly',
    'billed_yearly'         => 'Billed Yearly',
    'billed_once'           => 'Billed Once',
    'save_year'             => 'You save <strong>:price</strong> a year!',
    'if_paid_year'          => 'Or <strong>:price/mo</strong> if paid yearly',
    'install'               => 'Install',
    'buy_now'               => 'Buy Now',
    'get_api_key'           => '<a href=":url" target="_blank" class="text-green">Click here</a> to get your API key.',
    'no_apps'               => 'There are no apps in this category, yet.',
    'become_developer'      => 'Are you a developer? <a href=":url" target="_blank">Here</a> you can learn how to create an app and start selling today!',
    'recommended_apps'      => 'Recommended Apps',
    'can_not_install'       => 'Monthly subscriptions are available only on Cloud service. <a href="https://akaunting.com/upgrade-to-yearly" target="_blank">Learn more.</a>',
    'apps_managing'         => 'Check the most trending apps and start managing your finances professionally today.',
    'ready'                 => 'Ready',
    'popular_this_week'     => 'Popular this week',
    'install_cloud'         => 'Use on Cloud Service',
    'get_cloud'             => 'Get Cloud Service',
    'get_premium_cloud'     => 'Get Premium Cloud',
    'switch_to_cloud'       => 'Switch to Cloud',
    'hosted_on_akaunting'   => 'Hosted on akaunting.com',
    'information_on_preme'  => ':period option is available only on <a href=":url" target="_blank" class="to-black-400 hover:bg-full-2 bg-no-repeat bg-0-2 bg-0-full bg-gradient-to-b from-transparent transition-backgroundSize"><strong>Cloud.</strong></a>',
    'information_monthly'   => 'This option is valid only for <a href=":url" target="_blank" class="to-black-400 hover:bg-full-2 bg-no-repeat bg-0-2 bg-0-full bg-gradient-to-b from-transparent transition-backgroundSize"><strong>Cloud Service</strong></a>',
    'only_works_cloud'      => 'This app is available only on <strong>Cloud</strong>.',
    'only_premium_plan'     => 'This app is available only on <strong>Premium Cloud</strong>.',
    'not_found'             => 'No app found',

    'about'                 => 'About',

    'added'                 => 'Added',
    'updated'               => 'Updated',
    'compatibility'         => 'Compatibility',
    'documentation'         => 'Documentation',
    'view'                  => 'View',
    'back'                  => 'Back',

    'use_app'               => 'Start using the app now',

    'see_more'              => 'See More',

    'installed'             => ':module installed',
    'uninstalled'           => ':module uninstalled',
    'updated_2'             => ':module updated',
    'enabled'               => ':module enabled',
    'disabled'              => ':module disabled',
    'per_month'             => 'per month',
    'pre_sale_uninstall'    => 'Don t miss the discounted price for the pre-sale!',
    'pre_sale_install'      => 'You will have the app with the end of pre-sale.',

    'tab' => [
        'features'          => 'Features',
        'screenshots'       => 'Screenshots',
        'installation'      => 'Installation',
        'faq'               => 'FAQ',
        'changelog'         => 'Changelog',
        'reviews'           => 'Reviews',
    ],

    'installation' => [
        'header'            => 'App Installation',
        'download'          => 'Downloading :module',
        'unzip'             => 'Extracting :module files',
        'file_copy'         => 'Copying :module files',
        'finish'            => 'Finalizing :module installation',
        'redirect'          => ':module installed, redirecting to updates page',
        'install'           => 'Installing :module',
    ],

    'errors' => [
        'purchase'          => 'You should purchase/renew :module!',
        'download'          => 'Not able to download :module',
        'zip'               => 'Not able to create :module zip file',
        'unzip'             => 'Not able to unzip :module',
        'file_copy'         => 'Not able to copy :module files',
        'finish'            => 'Not able to finalize :module installation',
    ],

    'warning' => [
        'latest_version'    => 'You are using the latest version of :module, no updates available.',
    ],

    'badge' => [
        'installed'         => 'Installed',
        'pre_sale'          => 'Pre-Sale',
    ],

    'button' => [
        'uninstall'         => 'Uninstall',
        'disable'           => 'Disable',
        'enable'            => 'Enable',
    ],

    'my' => [
        'purchased'         => 'Purchased',
        'installed'         => 'Installed',
    ],

    'reviews' => [
        'button' => [
            'add'           => 'Add a Review'
        ],

        'na'                => 'There are no reviews.'
    ],

];
