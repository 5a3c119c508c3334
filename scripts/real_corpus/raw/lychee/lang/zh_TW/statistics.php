<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Statistics page
    |--------------------------------------------------------------------------
    */
    'title' => '統計資料',
    'preview_text' => '這是 Lychee 的統計資料頁預覽 <span class="text-primary-emphasis font-bold">SE</span>.<br />顯示的數據是隨機生成，並不代表你的伺服器。',
    'no_data' => '沒有使用者資料在伺服器上。',
    'collapse' => '折叠相本大小',
    'total' => [
        'total' => '匯總',
        'albums' => '相本',
        'photos' => '相片',
        'size' => '大小',
    ],
    'table' => [
        'username' => '擁有者',
        'title' => '標題',
        'photos' => '相片',
        'descendants' => '子項目',
        'size' => '大小',
    ],
    'punch_card' => [
        'title' => '活動紀錄',
        'photo-taken' => '%d 拍攝相片',
        'photo-taken-in' => '%d 拍攝相片在 %d',
        'photo-uploaded' => '%d 上傳相片',
        'photo-uploaded-in' => '%d 上傳相片在 %d',
        'with-exif' => '包含可交換圖像文件格式 (exif) 數據',
        'less' => '少量',
        'more' => '大量',
        'tooltip' => '%d 相片在 %s',
        'created_at' => '上傳日期',
        'taken_at' => '可交換圖像文件格式(exif) 日期',
        'caption' => '每欄代表一星期。',
    ],
    'metrics' => [
        'header' => '即時數據',
        'preview_text' => '這是 Lychee 即時數據預覽 <span class="text-primary-emphasis font-bold">SE</span>. 這是隨機生成的數據，並不代表你的伺服器。',
        'a_visitor' => '訪客',
        'visitors' => '%d 訪客',
        'visit_singular' => '%1$s 已閱 %2$s',
        'favourite_singular' => '%1$s 標示為最愛 %2$s',
        'download_singular' => '%1$s 已下載 %2$s',
        'shared_singular' => '%1$s 已分享 %2$s',
        'visit_plural' => '%1$s 已閱 %2$s',
        'favourite_plural' => '%1$s 標示為最愛 %2$s',
        'download_plural' => '%1$s 已下載 %2$s',
        'shared_plural' => '%1$s 已分享 %2$s',
        'ago' => [
            'days' => '%d 日前',
            'day' => '一日前',
            'hours' => '%d 小時前',
            'hour' => '一個小時前',
            'minutes' => '%d 分鐘前',
            'few_minutes' => '幾分鐘前',
            'seconds' => '幾秒鐘前',
        ],
    ],
];
