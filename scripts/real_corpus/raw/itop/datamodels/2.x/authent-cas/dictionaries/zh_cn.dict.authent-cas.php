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
	'CAS:Error:UserNotAllowed' => '用户被禁止登录',
	'CAS:Login:SignIn' => '使用CAS登录',
	'CAS:Login:SignInTooltip' => '点击这里使用CAS服务器认证',
]);
