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

    'title' => '喜好設定',
    'lang' => '繁體中文',
    'theme' => '主題',

];
