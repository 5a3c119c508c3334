<?php

return [
    'Content' => '内容',
    'Scope' => '适用范围',
    'Sorting' => '排序',
    'Visibility' => '可见性',
    'Author' => '',
    'Content Type' => '',
    'Date from' => '',
    'Date to' => '',
    'Topic' => '',
];
