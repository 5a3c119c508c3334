<?php

return [

    'about'             => '关于',
    'help'              => '帮助',
    'language'          => '语言',
    'fediverse'         => 'Fediverse',
    'opensource'        => '开源代码',
    'terms'             => '服务条款',
    'privacy'           => '隐私',
    'l10nWip'           => '我们仍在进行本地化支持',
    'currentLocale'     => '当前语言环境',
    'selectLocale'      => '选择一种支持的语言',
    'contact'           => '联系',
    'contact-us'        => '联系我们',
    'places'            => '地点',
    'profiles'          => '简介',

];
