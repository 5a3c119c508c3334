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
	'UIBlock:Error:CannotGetBlocks' => '无法由内容区域 "%1$s" 获取块, 因为其在页面内容 "%2$s" 中不存在',
]);
