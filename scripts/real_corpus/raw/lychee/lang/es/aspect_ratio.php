<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Aspect Ratio lines.
    |--------------------------------------------------------------------------
    */
    '5by4' => '5/4 (paisaje de Instagram)',
    '4by5' => '4/5 (retrato de Instagram)',
    '2by3' => '2/3 (retrato)',
    '3by2' => '3/2 (apaisado)',
    '1by1' => 'cuadrado',
    '16by9' => '16/9 (panorámico)',
];
