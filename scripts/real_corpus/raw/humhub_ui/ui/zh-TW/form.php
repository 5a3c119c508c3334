<?php

return [
    'Invalid icon.' => '不合格的圖標。',
    'Select icon' => '選擇圖標',
    'Sort Order' => '排列順序',
    'Values between 0 and 10000, the existing elements usually use steps of 100.' => '在 0 到 10000 中的值，通常以每間隔 100 為單位。',
    'Hide all stream entries in this Space by default' => '',
    'Hide all stream entries in your Profile by default' => '',
    'Hide all stream entries of this module globally by default' => '',
    'Hide stream entry' => '',
    'Note: Hidden entries can be made visible using the stream filtering options. Single stream entries can be marked as visible on an individual level.' => '',
    'Note: The default settings can be adjusted individually for each Space and each single stream entry. Hidden entries can be made visible using the stream filtering options.' => '',
];
