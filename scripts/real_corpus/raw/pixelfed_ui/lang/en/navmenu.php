<?php

return [
	'search'			=> 'Search',
	'home'				=> 'Home',
	'local'				=> 'Local',
	'network'			=> 'Network',
	'discover'			=> 'Discover',
	'viewMyProfile'		=> 'View my profile',
	'myProfile'			=> 'My Profile',
	'myTimeline'		=> 'My Timeline',
	'publicTimeline'	=> 'Public Timeline',
	'remoteFollow'		=> 'Remote Follow',
	'settings'			=> 'Settings',
	'admin'				=> 'Admin',
	'logout'			=> 'Logout',
	'directMessages'	=> 'Direct Messages',
	'composePost'		=> 'Compose Post',
];
