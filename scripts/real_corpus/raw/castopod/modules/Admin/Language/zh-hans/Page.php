<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'back_to_home' => '返回主页',
    'page' => '页面',
    'all_pages' => '所有页面',
    'create' => '新建页面',
    'go_to_page' => '转到页面',
    'edit' => '编辑页面',
    'delete' => '删除页面',
    'form' => [
        'title' => '标题',
        'permalink' => '永久链接',
        'content' => '内容',
        'submit_create' => '创建页面',
        'submit_edit' => '保存',
    ],
    'messages' => [
        'createSuccess' => '页面 “{pageTitle}” 已创建！',
        'editSuccess' => '页面已更新！',
    ],
];
