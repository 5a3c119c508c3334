<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	'menu:friends:collection:header' => 'Collection',
	'friends:collections' => 'Collections',
	'friends:collections:no_results' => 'You haven\'t created any collections yet',
	'friends:collection:members:no_results' => 'This collection doesn\'t have any members yet',
	
	'friends:collection:member_count' => '%s members',
	
	'friends:collections:add' => 'New collection',
	'friends:collections:edit' => 'Add members',

	'friends:collections:name' => 'Name of the collection',
	'friends:collections:friends' => 'Friends',
	'friends:collections:friends:help' => 'Select one or more friends you would like to add to the collection. Type a friend\'s name and select them from the list',

	'friends:collections:edit:no_name' => 'Collections must have a name',
	'friends:collections:edit:permissions' => 'You are not allowed to add new members to this collection',
	'friends:collections:edit:success' => '%s friends were added to the collection',
	'friends:collections:edit:fail' => 'No new friends were added to the collection',

	'friends:collections:delete:permissions' => 'You are not allowed to delete this collection',
	'friends:collections:delete:success' => 'Collection was successfully deleted',
	'friends:collections:delete:fail' => 'Collection could not be deleted',

	'friends:collections:remove_member:permissions' => 'You are not allowed to remove members from this collection',
	'friends:collections:remove_member:success' => 'Member was successfully removed from the collection',
	'friends:collections:remove_member:fail' => 'Member could not be removed from the collection',

);
