<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Landing page
    |--------------------------------------------------------------------------
    */
    'gallery' => '相集',
    'access_gallery' => '存取相集',
    'Powered_by_Lychee' => '由 Lychee 提供',
    'copyright' => '本網站所有相片版權 %1$s © %2$s',
    'client_login' => 'Client Login',
    'view_public_gallery' => 'View public gallery',
    'contact' => 'Contact',
    'portfolio' => [
        'about' => 'About',
        'featured' => 'Recent Work',
        'scroll_down' => 'Scroll down',
    ],
    'meridian' => [
        'explore_label' => 'Explore',
        'explore_caption' => 'View the gallery',
        'contact_caption' => 'Get in touch',
    ],
    'studio' => [
        'welcome_back' => 'Welcome back',
    ],
];
