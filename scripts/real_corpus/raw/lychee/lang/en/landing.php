<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Landing page
    |--------------------------------------------------------------------------
    */
    'gallery' => 'Gallery',
    'access_gallery' => 'Access the gallery',
    'Powered_by_Lychee' => 'Powered by Lychee',
    'copyright' => 'All images on this website are subject to copyright by %1$s © %2$s',
    'client_login' => 'Client Login',
    'view_public_gallery' => 'View public gallery',
    'contact' => 'Contact',

    'portfolio' => [
        'about' => 'About',
        'featured' => 'Recent Work',
        'scroll_down' => 'Scroll down',
    ],
    'studio' => [
        'welcome_back' => 'Welcome back',
    ],
    'meridian' => [
        'explore_label' => 'Explore',
        'explore_caption' => 'View the gallery',
        'contact_caption' => 'Get in touch',
    ],
];
