<?php
/**
 * Pagination Language Lines
 * The following language lines are used by the paginator library to build
 * the simple pagination links.
 */
return [

    'previous' => '&laquo; 上一頁',
    'next'     => '下一頁 &raquo;',

];
