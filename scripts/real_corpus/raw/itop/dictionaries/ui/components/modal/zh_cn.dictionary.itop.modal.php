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
	'UI:Modal:Confirmation:DefaultTitle' => '确认',
	'UI:Modal:Informative:Title' => '信息提示模态窗口',
	'UI:Modal:InformativeError:Title' => '错误',
	'UI:Modal:InformativeInformation:Title' => '提示',
	'UI:Modal:InformativeSuccess:Title' => '成功',
	'UI:Modal:InformativeWarning:Title' => '警告',
]);
