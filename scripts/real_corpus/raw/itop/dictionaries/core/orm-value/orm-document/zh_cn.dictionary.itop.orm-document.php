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
	'Core:ormValue:ormDocument:DownloadsCount' => '%1s~~',
	'Core:ormValue:ormDocument:DownloadsCount+' => '已下载%1$s次',
]);
