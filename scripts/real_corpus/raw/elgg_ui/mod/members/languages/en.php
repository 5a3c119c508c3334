<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	'collection:user:user:all' => 'All members',
	'collection:user:user:online' => 'Online members',
	'collection:user:user:popular' => 'Most popular members',
	
	'members:label:online' => 'Online',
	'members:label:search' => 'Search results',
	'members:search' => 'Search members',
	'members:aria:label:member_search' => "Search for members",
	'members:title:search' => "Member search for '%s'",
	'members:total' => 'Total members: %s',
	'members:list:popular:none' => 'No members have any friends.',
);
