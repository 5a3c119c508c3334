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

// Global search
Dict::Add('EN US', 'English', 'English', array(
	'UI:Component:GlobalSearch:Tooltip' => 'Search throughout the whole application',
	'UI:Component:GlobalSearch:Input:Placeholder' => 'Search...',
	'UI:Component:GlobalSearch:Recents:Title' => 'Recents',
	'UI:Component:GlobalSearch:LastQueries:NoQuery:Placeholder' => 'You haven\'t run any search yet',
	'UI:Component:GlobalSearch:HistoryDisabled' => 'History is disabled',
	'UI:Component:GlobalSearch:KeyboardShortcut:OpenDrawer' => 'Open global search',
));