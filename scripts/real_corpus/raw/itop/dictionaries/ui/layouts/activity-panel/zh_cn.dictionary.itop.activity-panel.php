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
	'UI:Layout:ActivityPanel:ClosedCover:Title' => '活动面板',
	'UI:Layout:ActivityPanel:ClosedCover:Tooltip' => '点击打开活动面板',
	'UI:Layout:ActivityPanel:ComposeButton:Tooltip' => '撰写新的条目',
	'UI:Layout:ActivityPanel:DisplayToggler:Close:Tooltip' => '关闭',
	'UI:Layout:ActivityPanel:LoadAllEntries:Tooltip' => '加载全部',
	'UI:Layout:ActivityPanel:LoadMoreEntries:Tooltip' => '加载更多',
	'UI:Layout:ActivityPanel:MultipleEntriesSaveConfirmation:Explanation' => '点击 "保存" 按钮, 将会一次性提交所有已编辑的日志.',
	'UI:Layout:ActivityPanel:MultipleEntriesSaveConfirmation:Title' => '保存多个条目',
	'UI:Layout:ActivityPanel:NoEntry:Placeholder:Hint' => '暂无任何活动',
	'UI:Layout:ActivityPanel:NotificationEntry:MessageLink:Tooltip' => '点击打开通知栏以获得更多信息',
	'UI:Layout:ActivityPanel:SizeToggler:Expand:Tooltip' => '展开',
	'UI:Layout:ActivityPanel:SizeToggler:Reduce:Tooltip' => '减少',
	'UI:Layout:ActivityPanel:Tab:Activity:Title' => '活动',
	'UI:Layout:ActivityPanel:Tab:Log:DraftIndicator:Tooltip' => '草稿',
	'UI:Layout:ActivityPanel:Tab:Toolbar:Action:CloseAll:Tooltip' => '全部关闭',
	'UI:Layout:ActivityPanel:Tab:Toolbar:Action:OpenAll:Tooltip' => '全部打开',
	'UI:Layout:ActivityPanel:Tab:Toolbar:Filter:Edits:Title' => '编辑',
	'UI:Layout:ActivityPanel:Tab:Toolbar:Filter:Edits:Tooltip' => '显示/隐藏字段编辑',
	'UI:Layout:ActivityPanel:Tab:Toolbar:Filter:Logs:Menu:Hint' => '请选择要显示的日志',
	'UI:Layout:ActivityPanel:Tab:Toolbar:Filter:Logs:Title' => '日志',
	'UI:Layout:ActivityPanel:Tab:Toolbar:Filter:Logs:Tooltip' => '显示/隐藏日志',
	'UI:Layout:ActivityPanel:Tab:Toolbar:Filter:Transitions:Title' => '状态变化',
	'UI:Layout:ActivityPanel:Tab:Toolbar:Filter:Transitions:Tooltip' => '显示/隐藏状态变化',
	'UI:Layout:ActivityPanel:Tab:Toolbar:Info:AuthorsCount:Tooltip' => '正在查看此条目的人数',
	'UI:Layout:ActivityPanel:Tab:Toolbar:Info:MessagesCount:Tooltip' => '此日志的消息数',
]);
