<?php
/**
 * Localized data
 *
 * @copyright Copyright (C) 2010-2024 Combodo SAS
 * @license    https://opensource.org/licenses/AGPL-3.0
 * 
 */
/**
 *
 */
Dict::Add('ZH CN', 'Chinese', '简体中文', [
	'UI:Favorites:General:ShowSummaryCards' => '显示汇总卡片',
	'UI:Favorites:General:ShowSummaryCards+' => '当鼠标移动到对象链接时, 显示此对象的简要汇总信息, 如果该类型支持',
	'UI:Preferences:ActivityPanel:EntryFormOpened' => '默认打开录入表单',
	'UI:Preferences:ActivityPanel:EntryFormOpened+' => '在显示对象时是否打开录入表单. 如果不选择, 仍可以点击新建按钮打开录入表单',
	'UI:Preferences:ActivityPanel:Title' => '活动面板',
	'UI:Preferences:ChooseAPlaceholder' => '用户的默认头像',
	'UI:Preferences:ChooseAPlaceholder+' => '选择一个占位图片, 将在用户联系人没有设定头像图片时显示',
	'UI:Preferences:ChooseAPlaceholder:Success:Message' => 'Your placeholder image has been successfully updated~~',
	'UI:Preferences:General:Theme' => '主题',
	'UI:Preferences:General:Theme:DefaultThemeLabel' => '%1$s (默认)',
	'UI:Preferences:General:Title' => '概况',
	'UI:Preferences:General:Toasts' => 'Toast notifications position~~',
	'UI:Preferences:General:Toasts:Bottom' => 'Bottom~~',
	'UI:Preferences:General:Toasts:Top' => 'Top~~',
	'UI:Preferences:Lists:Title' => '列表',
	'UI:Preferences:Notifications' => 'Notifications~~',
	'UI:Preferences:Notifications+' => 'Configure the notifications you want to receive <a href="%1$s">on this page</a>.~~',
	'UI:Preferences:PersonalizeKeyboardShortcuts:Button:Reset' => '重置',
	'UI:Preferences:PersonalizeKeyboardShortcuts:Button:Reset:Tooltip' => '还原到默认的键盘快捷键',
	'UI:Preferences:PersonalizeKeyboardShortcuts:Button:Tooltip' => '录制键盘快捷键',
	'UI:Preferences:PersonalizeKeyboardShortcuts:Input:Hint' => '请输入键盘快捷键',
	'UI:Preferences:PersonalizeKeyboardShortcuts:Title' => '键盘快捷键',
	'UI:Preferences:RichText:Title' => '富文本编辑器',
	'UI:Preferences:RichText:ToolbarState' => '工具栏默认状态',
	'UI:Preferences:RichText:ToolbarState:Collapsed' => '折叠',
	'UI:Preferences:RichText:ToolbarState:Expanded' => '展开',
	'UI:Preferences:Tabs:Layout:Horizontal' => '水平',
	'UI:Preferences:Tabs:Layout:Label' => '布局',
	'UI:Preferences:Tabs:Layout:Vertical' => '垂直',
	'UI:Preferences:Tabs:Scrollable:Classic' => '经典',
	'UI:Preferences:Tabs:Scrollable:Label' => '导航',
	'UI:Preferences:Tabs:Scrollable:Scrollable' => '可滚动',
	'UI:Preferences:Tabs:Title' => '标签栏',
	'UI:Preferences:Title' => '首选项',
	'UI:Preferences:UserInterface:Title' => '用户界面',
]);
