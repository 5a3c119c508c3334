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
	'UI:Layout:TabContainer:ExtraTabsListToggler:Label' => '其它标签页',
	'UIBlock:Error:AddBlockNotTabForbidden' => '无法添加%1$s到%2$s (仅允许标签)',
	'UIBlock:TabContainer:RemoteTabLoad' => '点击加载此标签',
]);
