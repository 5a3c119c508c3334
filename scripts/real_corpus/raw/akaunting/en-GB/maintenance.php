<?php

return [

    'title' => 'Under Maintenance',

    'message' => 'Sorry, we\'re down for maintenance. Please, try again later!',

    'read_only' => 'Read-only mode is enabled. You are allowed to view but not change anything!',

];
