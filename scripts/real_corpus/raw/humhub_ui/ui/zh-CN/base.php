<?php

return [
    'Collapse' => '折叠',
    'Read more' => '',
    'Reset filters' => '',
    'Select' => '',
    'User Interface' => '',
];
