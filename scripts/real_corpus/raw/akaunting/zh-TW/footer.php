<?php

return [

    'version'               => '版本',
    'powered'               => 'Powered By Akaunting',
    'link'                  => 'https://akaunting.com',
    'software'              => '免費會計軟體',

];
