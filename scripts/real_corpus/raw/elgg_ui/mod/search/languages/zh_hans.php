<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	'search:results' => '%s 的结果',
	'search:more' => '%s 更多 %s',

	'search:comment_on' => '%s 的评论',
	'search:unknown_entity' => '未知的实体类型',
	'search:empty_query' => '请提供有效的查询',
);
