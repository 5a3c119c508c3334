<?php

return [
    'Color' => '颜色',
    'Name' => '名字',
    'Sort order' => '排序',
    '<strong>Confirm</strong> topic deletion' => '',
    '<strong>Edit</strong> Topic' => '',
    '<strong>Manage</strong> Topics' => '',
    '<strong>Topic</strong> Overview' => '',
    'Add Topic' => '',
    'Add topics that you will use in your posts. Topics can be personal interests or general terms. When posting, you can select them by choosing "Topics" and it will be easier for other users to find your posts related to that topic.' => '',
    'Do you really want to delete this topic?' => '',
    'Topic' => '',
    'Topic has been deleted!' => '',
    'Topics' => '',
];
