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
	'UI:Component:Input:ChangeNotAllowed' => 'This change is not allowed~~',
	'UI:Component:Input:Password:DoesNotMatch' => '密码不匹配',
	'UI:Component:Input:Set:MinimumItems' => 'Minimum %1$s item(s) required~~',
]);
