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
	'UI:Links:Add:Button' => '添加',
	'UI:Links:Add:Button+' => '添加一个%4$s',
	'UI:Links:Add:Modal:Title' => '添加一个%4$s至%2$s',
	'UI:Links:Bulk:LinkExistForAllObjects' => '所有对象关联',
	'UI:Links:Bulk:LinkExistForOneObject' => '一个对象已关联',
	'UI:Links:Bulk:LinkExistForXObjects' => '{count} 个对象已关联',
	'UI:Links:Bulk:LinkWillBeCreatedFor1Object' => '添加至一个对象',
	'UI:Links:Bulk:LinkWillBeCreatedForAllObjects' => '添加至所有对象',
	'UI:Links:Bulk:LinkWillBeCreatedForXObjects' => '添加 {count} 个对象',
	'UI:Links:Bulk:LinkWillBeDeletedFrom1Object' => '从一个对象移除',
	'UI:Links:Bulk:LinkWillBeDeletedFromAllObjects' => '从所有对象移除',
	'UI:Links:Bulk:LinkWillBeDeletedFromXObjects' => '移除 {count} 个对象',
	'UI:Links:Create:Button' => '创建',
	'UI:Links:Create:Button+' => '创建一个%4$s',
	'UI:Links:Create:Modal:Title' => '创建一个%4$s至%2$s',
	'UI:Links:Delete:Button' => '删除',
	'UI:Links:Delete:Button+' => '删除此%4$s',
	'UI:Links:Delete:Modal:Message' => '确认删除%5$s?',
	'UI:Links:Delete:Modal:Title' => '删除%4$s',
	'UI:Links:ModifyLink:Button' => '修改',
	'UI:Links:ModifyLink:Button+' => '修改此关联',
	'UI:Links:ModifyLink:Modal:Title' => '修改%2$s和%5$s的关联',
	'UI:Links:ModifyObject:Button' => '修改',
	'UI:Links:ModifyObject:Button+' => '修改此对象',
	'UI:Links:ModifyObject:Modal:Title' => '%5$s',
	'UI:Links:NewItem' => '新建条目',
	'UI:Links:Object:New:Modal:Title' => '创建对象',
	'UI:Links:Remove:Button' => '移除',
	'UI:Links:Remove:Button+' => '移除此%4$s',
	'UI:Links:Remove:Modal:Message' => '确认移除%5$s由%2$s?',
	'UI:Links:Remove:Modal:Title' => '移除此%4$s由其%1$s',
]);
