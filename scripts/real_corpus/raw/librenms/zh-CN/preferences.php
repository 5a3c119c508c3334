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

    'title' => '偏好设置',
    'lang' => '简体中文',
];
