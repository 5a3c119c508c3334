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
	'UI:Layout:ObjectDetails:DatamodelSchemaLink:Tooltip' => 'Class data model schema~~',
	'UI:Layout:ObjectDetails:KeyboardShortcut:DeleteObject' => '删除当前对象',
	'UI:Layout:ObjectDetails:KeyboardShortcut:EditObject' => '编辑当前对象',
	'UI:Layout:ObjectDetails:KeyboardShortcut:NewObject' => '创建新对象 (与当前对象相同)',
	'UI:Layout:ObjectDetails:KeyboardShortcut:SaveObject' => '保存当前对象',
	'UI:Layout:ObjectDetails:New:Modal:Title' => '创建对象',
]);
