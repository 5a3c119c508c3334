<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	'widgets:river_widget:name' => "动态",
	'widgets:river_widget:description' => "最新动态",
	'widgets:river_widget:type' => "动态类型",
	'widgets:river_widget:friends' => '好友动态',
	'widgets:river_widget:all' => '全站动态',

	'widgets:group_activity:name' => '圈子动态',
	'widgets:group_activity:description' => '查看圈子动态',
	'widgets:group_activity:edit:select' => '选择一个圈子',
	'widgets:group_activity:content:noactivity' => '本圈子暂无动态',
	'widgets:group_activity:content:noselect' => '编辑选定圈子组件',
	
	'collection:river' => "动态",
	'collection:river:group' => "圈子动态",
	'groups:tool:activity' => '开启圈子动态',
);
