<?php

return [

    'collapse'              => '折叠',

    'form_description' => [
        'general'           => '该类别有助于您对您的项目、收入、开支和其他记录进行分类。',
    ],

];
