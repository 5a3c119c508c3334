<?php
/**
 * Localized data
 *
 * @copyright Copyright (C) 2010-2024 Combodo SAS
 * @license    https://opensource.org/licenses/AGPL-3.0
 * 
 */
/**
 * @author Robert Deng <denglx@gmail.com>
 *
 */
Dict::Add('ZH CN', 'Chinese', '简体中文', [
	'Class:UserExternal' => '外部用户',
	'Class:UserExternal+' => '用户在'.ITOP_APPLICATION_SHORT.'外部验证身份',
]);
