<?php
/**
 * Localized data
 *
 * @copyright Copyright (C) 2010-2024 Combodo SAS
 * @license    https://opensource.org/licenses/AGPL-3.0
 * 
 */
/**
 * @author Benjamin Planque <benjamin.planque@combodo.com>
 *
 */
Dict::Add('ZH CN', 'Chinese', '简体中文', [
	'Brick:Portal:ClosedRequests:Title' => '已关闭的工单',
	'Brick:Portal:ListAllRequests:Tab' => 'On-going and closed~~',
	'Brick:Portal:ListAllRequests:Title' => 'All requests~~',
	'Brick:Portal:ListAllRequests:Title+' => '<p>View all requests regardless of their status.</p>~~',
	'Brick:Portal:NewRequest:Title' => '新建工单',
	'Brick:Portal:NewRequest:Title+' => '<p>需要帮助?</p><p>选择子服务, 然后提交工单给我们的支持团队.</p>',
	'Brick:Portal:OngoingRequests:Tab:OnGoing' => '正在处理',
	'Brick:Portal:OngoingRequests:Tab:Resolved' => '已解决',
	'Brick:Portal:OngoingRequests:Title' => '正在处理的工单',
	'Brick:Portal:OngoingRequests:Title+' => '<p>跟踪正在处理的工单.</p><p>查询进度, 添加评论, 添加附件, 确认解决方案.</p>',
	'Brick:Portal:SearchInAllRequests:Title' => 'Search in all requests~~',
	'Brick:Portal:SearchInAllRequests:Title+' => '<p>Regardless of their status.</p>~~',
	'Brick:Portal:UserProfile:Title' => '我的设置',
	'Page:DefaultTitle' => ITOP_APPLICATION_SHORT.' - 用户门户',
	'portal:itop-portal' => '标准门户',
]);
