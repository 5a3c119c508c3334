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
	'FilesInformation:Error:CantWriteToFile' => '文件%1$s无法写入',
	'FilesInformation:Error:CorruptedFile' => '文件%1$s已损坏',
	'FilesInformation:Error:ListCorruptedFile' => '已损坏的文件: %1$s',
	'FilesInformation:Error:MissingFile' => '文件丢失: %1$s',
]);
