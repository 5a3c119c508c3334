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
	'UI:Component:GlobalSearch:HistoryDisabled' => '历史记录已禁用',
	'UI:Component:GlobalSearch:Input:Placeholder' => '搜索...',
	'UI:Component:GlobalSearch:KeyboardShortcut:OpenDrawer' => '打开全局搜索',
	'UI:Component:GlobalSearch:LastQueries:NoQuery:Placeholder' => '您尚未运行任何搜索',
	'UI:Component:GlobalSearch:Recents:Title' => '最近',
	'UI:Component:GlobalSearch:Tooltip' => '全局搜索',
]);
