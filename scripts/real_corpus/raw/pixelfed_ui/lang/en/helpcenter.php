<?php

return [

	'helpcenter' => 'Help Center',
	'whatsnew' => 'What\'s New',

	'gettingStarted' => 'Getting Started',
	'sharingMedia' => 'Sharing Media',
	'profile' => 'Profile',
	'stories' => 'Stories',
	'hashtags' => 'Hashtags',
	'discover' => 'Discover',
	'directMessages' => 'Direct Messages',
	'timelines' => 'Timelines',
	'embed'	=> 'Embed',

	'communityGuidelines' => 'Community Guidelines',
	'whatIsTheFediverse' => 'What is the fediverse?',
	'controllingVisibility' => 'Controlling Visibility',
	'blockingAccounts' => 'Blocking Accounts',
	'safetyTips' => 'Safety Tips',
	'reportSomething' => 'Report Something',
	'dataPolicy' => 'Data Policy',

	'taggingPeople' => 'Tagging People'

];