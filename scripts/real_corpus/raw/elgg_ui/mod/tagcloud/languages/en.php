<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	'widgets:tagcloud:name' => 'Tag Cloud',
	'widgets:tagcloud:description' => 'Tag cloud',
	'widgets:tagcloud:numtags' => 'Number of tags to show',
	'tagcloud:site_cloud' => 'Site Tag Cloud',
	'tagcloud:allsitetags' => 'All site tags',
);
