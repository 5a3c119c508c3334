<?php

return [

    'rate'                  => '税率',
    'rate_percent'          => '税率 (%)',
    'normal'                => '常规税率',
    'inclusive'             => '包含费率',
    'compound'              => '复合税率',
    'fixed'                 => '固定费率',
];
