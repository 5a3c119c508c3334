<?php

return [

    'rate'                  => '稅率',
    'rate_percent'          => '稅率 (%)',
    'normal'                => '一般',
    'inclusive'             => '包含',
    'compound'              => '複合',
    'fixed'                 => '固定的',
    'withholding'           => '代扣代繳',
];
