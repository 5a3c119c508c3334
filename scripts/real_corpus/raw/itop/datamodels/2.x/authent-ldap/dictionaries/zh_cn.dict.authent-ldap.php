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
	'Class:UserLDAP' => 'LDAP用户',
	'Class:UserLDAP+' => '用户身份由LDAP认证',
	'UserLDAP:server' => 'LDAP详情',
]);
