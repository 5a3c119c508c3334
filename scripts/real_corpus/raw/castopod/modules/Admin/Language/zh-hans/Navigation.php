<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'toggle_sidebar' => '切换侧边栏',
    'go_to_website' => '访问网站',
    'go_to_admin' => '登录到管理员',
    'not-authorized' => 'Not authorized',
    'dashboard' => '控制面板',
    'admin' => '主页',
    'podcasts' => '播客',
    'podcast-list' => '全部播客',
    'podcast-create' => '新播客',
    'all-podcast-imports' => '全部播客导入',
    'podcast-imports-add' => '导入播客',
    'persons' => '人员',
    'person-list' => '所有人',
    'person-create' => '新成员',
    'fediverse' => '联邦宇宙',
    'fediverse-blocked-actors' => '已屏蔽帐户',
    'fediverse-blocked-domains' => '已屏蔽域名',
    'users' => '用户',
    'user-list' => '所有用户',
    'user-create' => '新用户',
    'pages' => '其他页面',
    'page-list' => '所有页面',
    'page-create' => '新建页面',
    'settings' => '设置',
    'settings-general' => '通用',
    'settings-theme' => '主题',
    'admin-about' => 'About',
    'account' => [
        'my-account' => '我的帐户',
        'change-password' => '修改密码',
        'logout' => '注销',
    ],
];
