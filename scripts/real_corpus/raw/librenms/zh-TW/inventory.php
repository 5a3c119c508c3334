<?php

return [
    'purge' => '清除不存在的項目',
    'name' => '零件名稱',
    'model' => '零件型號',
    'serial' => '序號',
    'part' => '零件',
    'all_parts' => '所有零件',
];
