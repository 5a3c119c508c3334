<?php

return [
    'groups' => [
        'updated' => ':port: 组已更新',
        'none' => ':port 未请求任何更新',
    ],
];
