<?php

return [

    /*
    |--------------------------------------------------------------------------
    | App Language Lines
    |--------------------------------------------------------------------------
    |
    */

    'settings.system' => '系统',
    'settings.appearance' => '外观',
    'settings.miscellaneous' => '杂项',
    'settings.advanced' => '高级',

    'settings.support' => '支持',
    'settings.donate' => '捐赠',

    'settings.version' => '版本',
    'settings.background_image' => '背景图片',
    'settings.trianglify' => 'Trianglify',
    'settings.trianglify_seed' => 'Trianglify Random Seed',
    'settings.window_target' => '链接打开方式',
    'settings.window_target.current' => '在当前选项卡中打开',
    'settings.window_target.one' => '在同一个选项卡中打开',
    'settings.window_target.new' => '在新的选项卡中打开',
    'settings.homepage_search' => '主页搜索',
    'settings.search_provider' => '默认搜索引擎',
    'settings.language' => '语言',
    'settings.reset' => '重置为默认值',
    'settings.remove' => '移除',
    'settings.search' => '搜索',
    'settings.no_items' => '没有可用项目',

    'settings.label' => '设置项',
    'settings.value' => '内容',
    'settings.edit' => '编辑',
    'settings.view' => '查看',

    'settings.custom_css' => '自定义 CSS',
    'settings.custom_js' => '自定义 JavaScript',

    'options.none' => '- 未设置 -',
    'options.google' => 'Google',
    'options.baidu' => '百度',
    'options.ddg' => 'DuckDuckGo',
    'options.bing' => 'Bing',
    'options.qwant' => 'Qwant',
    'options.startpage' => '起始页',
    'options.yes' => '是',
    'options.no' => '否',
    'options.nzbhydra' => 'NZBHydra',
    'options.jackett' => 'Jackett',

    'buttons.save' => '保存',
    'buttons.cancel' => '取消',
    'buttons.add' => '添加',
    'buttons.upload' => '上传图标',
    'buttons.downloadapps' => '更新应用列表',

    'dash.pin_item' => '固定应用到仪表盘',
    'dash.no_apps' => '当前没有固定的应用, :link1 或 :link2',
    'dash.link1' => '添加应用',
    'dash.link2' => '将应用固定到仪表盘',
    'dash.pinned_items' => '已固定应用',

    'apps.app_list' => '应用列表',
    'apps.view_trash' => '查看垃圾箱',
    'apps.add_application' => '添加应用',
    'apps.application_name' => '应用名称',
    'apps.colour' => '颜色',
    'apps.icon' => '图标',
    'apps.pinned' => '固定',
    'apps.title' => '标题',
    'apps.hex' => 'Hex色值',
    'apps.username' => '用户名',
    'apps.password' => '密码',
    'apps.config' => '配置',
    'apps.apikey' => 'API 密钥',
    'apps.enable' => '开启',
    'apps.tag_list' => '标签列表',
    'apps.add_tag' => '添加标签',
    'apps.tag_name' => '标签名称',
    'apps.tags' => '标签',
    'apps.override' => '如果与主链接不同',
    'apps.preview' => '预览',
    'apps.apptype' => '应用类型',
    'apps.website' => '网址',
    'apps.description' => '描述',
    'apps.only_admin_account' => '您必须拥有管理员账户！',
    'apps.autologin_url' => '自动登录网址',
    'apps.show_deleted' => '显示已移除的应用',
    'app.import' => '导入',

    'dashboard' => '仪表盘',

    'user.user_list' => '用户',
    'user.add_user' => '增加用户',
    'user.username' => '用户名',
    'user.avatar' => '头像',
    'user.email' => '邮箱',
    'user.password_confirm' => '确认密码',
    'user.secure_front' => '允许公开访问 - 仅在设置密码时有效',
    'user.autologin' => '允许从特定链接进入 - 任何拥有链接的人均可访问',

    'url' => '网址',
    'title' => '标题',
    'delete' => '移除',
    'optional' => '可选',
    'restore' => '恢复',
    'export' => '导出',
    'import' => '导入',

    'alert.success.item_created' => '应用创建成功',
    'alert.success.item_updated' => '应用修改成功',
    'alert.success.item_deleted' => '应用移除成功',
    'alert.success.item_restored' => '应用恢复成功',
    'alert.success.updating' => '应用列表升级中...',

    'alert.success.tag_created' => '标签创建成功',
    'alert.success.tag_updated' => '标签修改成功',
    'alert.success.tag_deleted' => '标签移除成功',
    'alert.success.tag_restored' => '标签恢复成功',

    'alert.success.setting_updated' => '您成功编辑了此设置',
    'alert.error.not_exist' => '此设置项不存在',
    'alert.error.file_too_big' => '文件过大',
    'alert.error.file_not_stored' => '文件无法保存',

    'alert.success.user_created' => '用户创建成功',
    'alert.success.user_updated' => '用户修改成功',
    'alert.success.user_deleted' => '用户移除成功',
    'alert.success.user_restored' => '用户恢复成功',

    'dashboard.reorder' => '重新排序和固定应用',
    'dashboard.settings' => '设置',
];
