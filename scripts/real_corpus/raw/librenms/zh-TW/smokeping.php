<?php

return [
    'in' => '傳入',
    'out' => '傳出',
];
