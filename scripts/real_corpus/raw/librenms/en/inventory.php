<?php

return [
    'purge' => 'Purge Non-Existent',
    'name' => 'Part Name',
    'model' => 'Part No',
    'serial' => 'Serial No',
    'part' => 'Part',
    'all_parts' => 'All Parts',
];
