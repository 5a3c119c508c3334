<?php
/**
 * Pagination Language Lines
 * The following language lines are used by the paginator library to build
 * the simple pagination links.
 */
return [

    'previous' => '&laquo; 上一页',
    'next'     => '下一页 &raquo;',

];
