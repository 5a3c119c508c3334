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
	'UI:Component:QuickCreate:HistoryDisabled' => '历史记录已禁用',
	'UI:Component:QuickCreate:Input:Placeholder' => '请选择对象类型...',
	'UI:Component:QuickCreate:KeyboardShortcut:OpenDrawer' => '打开快速创建',
	'UI:Component:QuickCreate:LastClasses:NoClass:Placeholder' => '您尚未创建任何对象',
	'UI:Component:QuickCreate:Recents:Title' => '最近',
	'UI:Component:QuickCreate:Tooltip' => '快速创建任意类型的对象',
]);
