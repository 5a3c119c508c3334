<?php

return [

	'helpcenter' => '帮助中心',
	'whatsnew' => '有什么新发现',

	'gettingStarted' => '开始',
	'sharingMedia' => '共享媒体',
	'profile' => '主页',
	'stories' => '故事集',
	'hashtags' => '标签',
	'discover' => '发现',
	'directMessages' => '直接信息',
	'timelines' => '时间轴',
	'embed'	=> '嵌入',

	'communityGuidelines' => '社区指南',
	'whatIsTheFediverse' => 'fediverse 是什么?',
	'controllingVisibility' => '控制可见性',
	'blockingAccounts' => '封锁账户',
	'safetyTips' => '安全提示',
	'reportSomething' => '报告某事',
	'dataPolicy' => '数据政策',

	'taggingPeople' => '标签人物'

];
