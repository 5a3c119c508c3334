<?php

return [

    'sale_price'           => '销售价格',
    'purchase_price'        => '采购价格',

];
