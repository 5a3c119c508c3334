<?php

return [
    /*
    |--------------------------------------------------------------------------
    | 用户组页面
    |--------------------------------------------------------------------------
    */
    'title' => '用户组',
    'explanation' => '用户组允许你组织用户并统一管理权限。',

    'create_group' => '创建用户组',
    'edit' => '编辑',
    'delete' => '删除',

    'loading' => '正在加载用户组...',
    'empty' => '未找到用户组。',

    'add_member' => '添加成员...',
    'empty_group' => '该用户组为空。',
    'no_permission_members' => '你没有权限查看该组成员。',
    'remove_success' => '%s 已从 %s 移除。',

    'confirm_delete_header' => '删除用户组',
    'confirm_delete_message' => '你确定要删除该用户组吗？',
    'cancel' => '取消',
    'confirm' => '删除',

    'create' => [
        'name' => '用户组名称',
        'description' => '描述',
        'users' => '用户',
        'cancel' => '取消',
        'create' => '创建',
        'edit' => 'Edit',

        'error_name_required' => '用户组名称为必填项。',
    ],
];
