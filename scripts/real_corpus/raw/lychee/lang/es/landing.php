<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Landing page
    |--------------------------------------------------------------------------
    */
    'gallery' => 'Galería',
    'access_gallery' => 'Acceder a la galería',
    'Powered_by_Lychee' => 'Desarrollado por Lychee',
    'copyright' => 'Todas las imágenes de este sitio web están sujetas a derechos de autor por %1$s © %2$s',
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
