<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Landing page
    |--------------------------------------------------------------------------
    */
    'gallery' => '相册',
    'access_gallery' => '访问相册',
    'Powered_by_Lychee' => '由 Lychee 提供支持',
    'copyright' => '本网站所有图片版权归 %1$s 所有 © %2$s',
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
