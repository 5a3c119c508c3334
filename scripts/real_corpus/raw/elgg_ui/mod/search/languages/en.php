<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	'search:results' => 'Results for %s',
	'search:more' => '+%s more %s',

	'search:comment_on' => 'Comment on "%s"',
	'search:unknown_entity' => 'Unknown Entity type',
	'search:empty_query' => 'Please provide a valid search query',
	
	'search:aria:label:site_search' => "Search on the site",
);
