<?php

return [
    'title' => '資訊看板',
    'deleted_user' => '已刪除的使用者',
    'toggle_dropdown' => '切換下拉選單',
    'no_other' => '沒有其他資訊看板',
    'shared_title' => '已分享的資訊看板',
    'read_only' => '唯讀',

    'buttons' => [
        'edit' => '編輯資訊看板',
        'remove' => '移除資訊看板',
        'new' => '新增資訊看板',
        'add' => '新增',
        'update' => '更新',
        'copy_to' => '複製資訊看板到',
        'copy' => '複製資訊看板',
    ],

    'fields' => [
        'new_dashboard' => '新增資訊看板',
        'name' => '名稱',
        'dashboard_name' => '資訊看板名稱',
    ],

    'widgets' => [
        'add' => '新增小工具',
        'select' => '選擇小工具',
        'label' => '小工具',
        'remove' => '移除',
    ],

    'labels' => [
        'delete' => '刪除',
        'dashboard' => '資訊看板',
    ],

    'access' => [
        'private' => '私人',
        'shared_read' => '共用（唯讀）',
        'shared_admin' => '共用（管理員可讀寫）',
        'shared' => '共用',
    ],
];
