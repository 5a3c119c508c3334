<?php

return [

    'import'                => '匯入',
    'title'                 => '匯入 :type',
    'message'               => '允許的檔案類型： XLS, XLSX。請<a target="_blank" href=":link"><strong>下載</strong></a>範例檔案。',

];
