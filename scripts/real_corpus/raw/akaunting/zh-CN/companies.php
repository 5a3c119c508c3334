<?php

return [

    'domain'                => '域名',
    'logo'                  => '标志',

    'error' => [
        'not_user_company'  => '错误：您无权更改此公司！',
        'delete_active'     => '错误：无法删除已激活的公司。请先切换到另一家！',
        'disable_active'    => '错误：无法禁用已激活的公司。请先切换到另一家！',
    ],

    'form_description' => [
        'general'           => '此信息在您创建的记录中可见。',
        'billing'           => '税号在每张发票/账单中显示。控制面板和报告以默认货币显示。',
        'address'           => '地址将用于您发布的发票、账单和其他记录。',
    ],

    'skip_step'             => '跳过这一步',

];
