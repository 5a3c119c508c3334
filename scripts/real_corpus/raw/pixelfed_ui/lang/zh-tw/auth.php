<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Authentication Language Lines
    |--------------------------------------------------------------------------
    |
    | The following language lines are used during authentication for various
    | messages that we need to display to the user. You are free to modify
    | these language lines according to your application's requirements.
    |
    */

    'failed'   => '這些憑證與我們的紀錄不相符。',
    'throttle' => '嘗試太多次登入。請在 :seconds 秒後再試一次。',

];
