<?php

return [
    '<strong>Profile</strong> modules' => '',
    'Currently there are no modules available for you!' => '',
    'Similar to Spaces, your personal profile also allows you to use modules. Please keep in mind that information you share on your profile is available to other users of the network.' => '',
];
