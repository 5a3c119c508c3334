<?php

return [
    'oui' => [
        'title' => 'MAC OUI Vendor Lookup',
        'lookup' => 'OUI Lookup',
        'prompt' => 'Enter MAC address(es) to lookup:',
        'no_db' => 'Your install does not have any vendor data. This should be fetched by the daily process.  Try running :command by hand.',
        'not_enabled' => 'You must have the setting :setting set to use this feature.',
    ],
];
