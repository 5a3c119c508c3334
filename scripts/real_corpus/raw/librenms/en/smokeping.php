<?php

return [
    'in' => 'Incoming',
    'out' => 'Outgoing',
];
