<?php

return [

    'version'               => '当前版本',
    'powered'               => '由 Akaunting 驱动',
    'link'                  => 'https://akaunting.com',
    'software'              => '免费会计软件',

];
