<?php

return [
    'Hide all stream entries in this Space by default' => '',
    'Hide all stream entries in your Profile by default' => '',
    'Hide all stream entries of this module globally by default' => '',
    'Hide stream entry' => '',
    'Invalid icon.' => '',
    'Note: Hidden entries can be made visible using the stream filtering options. Single stream entries can be marked as visible on an individual level.' => '',
    'Note: The default settings can be adjusted individually for each Space and each single stream entry. Hidden entries can be made visible using the stream filtering options.' => '',
    'Select icon' => '',
    'Sort Order' => '',
    'Values between 0 and 10000, the existing elements usually use steps of 100.' => '',
];
