<?php

return [

    'previous'              => '上一个',
    'next'                  => '下一个',
    'showing'               => ':first:latest of :total records.',
    'page'                  => '每页',
];
