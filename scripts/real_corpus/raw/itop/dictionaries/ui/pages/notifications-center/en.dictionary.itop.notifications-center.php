<?php
/**
 * Copyright (C) 2013-2024 Combodo SARL
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

Dict::Add('EN US', 'English', 'English', array(
	'UI:NotificationsCenter:Page:Title' => 'Notifications center',
	'UI:NotificationsCenter:Panel:Title' => 'Notifications center',
	'UI:NotificationsCenter:Panel:SubTitle' => 'Manage Notifications that you have received : unsubscribe or limit them to a single channel',
	'UI:NotificationsCenter:Panel:Toolbar:ViewAllNews:Title' => 'View all my news',
	'UI:NotificationsCenter:Panel:Table:Channels' => 'Channels',
	'UI:NotificationsCenter:Unsubscribe:Success' => 'You have been successfully unsubscribed from the selected notifications.',
	'UI:NotificationsCenter:Unsubscribe:Error' => 'An error occurred while unsubscribing from the selected notifications.',
	'UI:NotificationsCenter:Subscribe:Success' => 'You have been successfully subscribed to the selected notifications.',
	'UI:NotificationsCenter:Subscribe:Error' => 'An error occurred while subscribing to the selected notifications.',
	'UI:NotificationsCenter:Channel:OutOf:Text' => '%1$s out of %2$s',
	'UI:NotificationsCenter:Advanced:Input:Label' => '%1$s: %2$s',
));