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
	'UI:Layout:NavigationMenu:CompanyLogo:AltText' => '公司标志',
	'UI:Layout:NavigationMenu:KeyboardShortcut:FocusFilter' => '筛选菜单',
	'UI:Layout:NavigationMenu:MenuFilter:Input:Hint' => '将会显示所有匹配的菜单',
	'UI:Layout:NavigationMenu:MenuFilter:Input:Placeholder' => '筛选器...',
	'UI:Layout:NavigationMenu:MenuFilter:Input:Tooltip' => '请输入要筛选的关键字',
	'UI:Layout:NavigationMenu:MenuFilter:Placeholder:Hint' => '此菜单暂无筛选结果',
	'UI:Layout:NavigationMenu:Silo:Label' => '请选择要筛选的组织',
	'UI:Layout:NavigationMenu:Toggler:Tooltip' => '展开/折叠',
	'UI:Layout:NavigationMenu:Toggler:TooltipWithSiloLabel' => '展开/折叠 (筛选%1$s)',
	'UI:Layout:NavigationMenu:UserInfo:Picture:AltText' => '%1$s 的联系人头像',
	'UI:Layout:NavigationMenu:UserInfo:WelcomeMessage:Text' => '您好, %1$s!',
	'UI:Layout:NavigationMenu:UserMenu:Toggler:Label' => '打开用户菜单',
]);
