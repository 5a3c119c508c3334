<?php

return [

    'import'                => '导入',
    'title'                 => '导入 :type',
    'message'               => '允许的文件类型： CSV, XLS。请<a target="_blank" href=":link"><strong>下载</strong></a>示例文件。',

];
