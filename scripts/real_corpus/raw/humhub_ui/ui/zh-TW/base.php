<?php

return [
    'Collapse' => '摺疊',
    'Read more' => '閱讀更多',
    'Reset filters' => '重設篩選條件',
    'User Interface' => '使用者介面',
    'Select' => '',
];
