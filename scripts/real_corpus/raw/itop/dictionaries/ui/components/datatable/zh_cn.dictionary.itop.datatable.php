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
	'UI:Datatables:Column:RowActions:Description' => '备注',
	'UI:Datatables:Column:RowActions:Label' => '标签',
	'UI:Datatables:Language:DisplayLength:All' => '全部',
	'UI:Datatables:Language:EmptyTable' => '当前列表没有数据',
	'UI:Datatables:Language:Error' => '运行查询时出错',
	'UI:Datatables:Language:Info' => '共 _TOTAL_ 项',
	'UI:Datatables:Language:InfoEmpty' => '未找到相关信息',
	'UI:Datatables:Language:LengthMenu' => '每页 _MENU_ 项',
	'UI:Datatables:Language:Processing' => '请稍候...',
	'UI:Datatables:Language:Sort:Ascending' => '采用顺序排序',
	'UI:Datatables:Language:Sort:Descending' => '采用倒序排序',
	'UI:Datatables:Language:ZeroRecords' => '未找到相关结果',
	'UI:Datatables:RowActions:ConfirmationDialog' => '操作确认',
	'UI:Datatables:RowActions:ConfirmationMessage' => '确认操作?',
]);
