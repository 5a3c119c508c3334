<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	'annotation:delete:likes:fail' => "There was a problem removing your like",
	'annotation:delete:likes:success' => "Your like has been removed",
	
	// settings
	'likes:settings:details' => 'Everybody can see who liked the content',
	'likes:settings:details:help' => 'When enabled everybody can see who liked the content. When disabled only the content owner can see this.',
	
	'likes:this' => '%s liked this',
	'likes:deleted' => 'Your like has been removed',
	'likes:see' => 'See who liked this',
	'likes:remove' => 'Unlike this',
	'likes:notdeleted' => 'There was a problem removing your like',
	'likes:likes' => 'You now like this item',
	'likes:failure' => 'There was a problem liking this item',
	'likes:alreadyliked' => 'You have already liked this item',
	'likes:notfound' => 'The item you are trying to like cannot be found',
	'likes:likethis' => 'Like this',
	'likes:userlikedthis' => '%s like',
	'likes:userslikedthis' => '%s likes',
	'likes:river:annotate' => 'likes',

	// notifications. yikes.
	'likes:notifications:subject' => '%s likes your post "%s"',
	'likes:notifications:body' => '%1$s likes your post "%2$s" on %3$s

See your original post here:

%4$s

or view %1$s\'s profile here:

%5$s',
);
