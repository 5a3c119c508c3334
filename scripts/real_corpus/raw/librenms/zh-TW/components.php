<?php

return [
    'notification-subscription-status' => [
        'no-support' => '此瀏覽器不支援通知功能',
        'no-transport' => '要啟用瀏覽器通知，必須有與此使用者關聯的警報傳輸方式',
        'enabled' => '此瀏覽器已啟用通知',
        'disabled' => '此瀏覽器已停用通知',
        'enable' => '啟用',
        'disable' => '停用',
    ],

    'maintenance-mode' => [
        'button' => [
            'maintenance_mode' => '維護模式',
            'device_under_maintenance' => '裝置維護中',
        ],
        'titles' => [
            'device_maintenance' => '裝置維護',
            'end_maintenance' => '結束維護',
        ],
        'confirm' => [
            'end_prompt' => '您確定要結束此裝置的維護嗎？',
        ],
        'form' => [
            'notes_label' => '備註：',
            'notes_placeholder' => '維護備註',
            'duration_label' => '持續時間：',
            'behavior_label' => '行為：',
            'start_maintenance' => '開始維護',
            'end_maintenance' => '結束維護',
        ],
        'errors' => [
            'enable' => '將此裝置設為維護模式時發生錯誤',
            'disable' => '停用維護模式時發生錯誤',
        ],
    ],
];
