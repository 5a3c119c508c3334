<?php
/**
 * Copyright (C) 2013-2024 Combodo SAS
 *
 * This file is part of iTop.
 *
 * iTop is free software; you can redistribute it and/or modify
 * it under the terms of the GNU Affero General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * iTop is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU Affero General Public License for more details.
 *
 * You should have received a copy of the GNU Affero General Public License
 */

// Navigation menu
Dict::Add('EN US', 'English', 'English', array(
	'UI:Layout:NavigationMenu:CompanyLogo:AltText' => 'Company logo',
	'UI:Layout:NavigationMenu:Silo:Label' => 'Select organization to filter on',
	'UI:Layout:NavigationMenu:Toggler:Tooltip' => 'Expand / Collapse',
	'UI:Layout:NavigationMenu:Toggler:TooltipWithSiloLabel' => 'Expand / Collapse (Filtered on %1$s)',
	'UI:Layout:NavigationMenu:MenuFilter:Input:Placeholder' => 'Filter...',
	'UI:Layout:NavigationMenu:MenuFilter:Input:Tooltip' => 'Type your keywords to filter menus',
	'UI:Layout:NavigationMenu:MenuFilter:Input:Hint' => 'Matches from all menu groups will be displayed',
	'UI:Layout:NavigationMenu:MenuFilter:Placeholder:Hint' => 'Seems like there is no matching menu',
	'UI:Layout:NavigationMenu:UserInfo:WelcomeMessage:Text' => 'Hi %1$s!',
	'UI:Layout:NavigationMenu:UserInfo:Picture:AltText' => '%1$s\'s contact picture',
	'UI:Layout:NavigationMenu:UserMenu:Toggler:Label' => 'Open user menu',
	'UI:Layout:NavigationMenu:KeyboardShortcut:FocusFilter' => 'Filter menu entries',

));