<?php

return [

    'previous'              => '上一頁',
    'next'                  => '下一頁',
    'showing'               => ':first-:last 的 :total 數據紀錄。',
    'page'                  => '每頁。',
];
