<?php
/*
 * @copyright   Copyright (C) 2010-2024 Combodo SAS
 * @license     http://opensource.org/licenses/AGPL-3.0
 */

Dict::Add('EN US', 'English', 'English', [
	'UI:Layout:TabContainer:ExtraTabsListToggler:Label' => 'Other tabs',
	'UIBlock:Error:AddBlockNotTabForbidden' => 'Cannot add block %1$s to %2$s (only Tab blocks are allowed)',
	'UIBlock:TabContainer:RemoteTabLoad' => 'Click to load this tab',
]);
