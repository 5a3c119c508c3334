<?php

return [
    'in' => '进站',
    'out' => '出站',
];
