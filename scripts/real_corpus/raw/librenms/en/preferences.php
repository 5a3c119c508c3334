<?php

return [

    /*
    |--------------------------------------------------------------------------
    | User preferences
    |--------------------------------------------------------------------------
    |
    | Translation strings for user preferences
    | lang: is the display name for this language in the language select dialog
    |
    */

    'title' => 'Preferences',
    'lang' => 'English',
    'theme' => 'Theme',
];
