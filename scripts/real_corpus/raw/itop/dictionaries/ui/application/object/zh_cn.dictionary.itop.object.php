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
	'UI:Object:Modal:Create:MandatoryAttributeBlobInputs:Warning:Text' => '当前表单包含一个模态模式下不支持的必填文件属性. 创建/修改此对象可能无法进行, 其需要在页表单中完成.',
	'UI:Object:Modal:Modify:Filled:MandatoryAttributeBlobInputs:Warning:Text' => '当前表单包含一个模态模式下不支持的必填文件属性.',
	'UI:Object:Modal:Modify:MandatoryAttributeBlobInputs:Warning:Text' => '当前表单包含一个模态模式下不支持的必填文件属性. 此对象信息不完整, 请在页表单中完成编辑.',
	'UI:Object:Modal:Title' => '创建对象',
]);
