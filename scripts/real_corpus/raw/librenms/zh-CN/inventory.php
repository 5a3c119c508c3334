<?php

return [
    'purge' => '清除不存在的',
    'name' => '部件名称',
    'model' => '部件编号',
    'serial' => '序列号',
    'part' => '部件',
    'all_parts' => '所有部件',
];
