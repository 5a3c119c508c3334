<?php

return [

    'sale_price'            => '定價',
    'purchase_price'         => '售價',
    'enter_item_description' => '輸入項目描述',

];
