<?php

return [
	'search'			=> '搜索',
	'home'				=> '首页',
	'local'				=> '本地',
	'network'			=> '网络',
	'discover'			=> '发现',
	'viewMyProfile'		=> '浏览我的主页',
	'myProfile'			=> '我的主页',
	'myTimeline'		=> '我的时间线',
	'publicTimeline'	=> '公开的时间线',
	'remoteFollow'		=> '远程关注',
	'settings'			=> '设置',
	'admin'				=> '管理',
	'logout'			=> '退出',
	'directMessages'	=> '直接信息',
	'composePost'		=> '发表文字',
];
