<?php

return [

    'version'               => 'Version',
    'powered'               => 'Powered By Akaunting',
    'link'                  => 'https://akaunting.com',
    'software'              => 'Free Accounting Software',
    'powered_by'            => 'Powered by',
    'tag_line'              => 'Send invoices, track expenses, and automate accounting with Akaunting. :get_started_url',
    'get_started'           => 'Get Started',

];
