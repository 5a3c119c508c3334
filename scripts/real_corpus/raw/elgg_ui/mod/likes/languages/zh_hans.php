<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	'annotation:delete:likes:fail' => "移除您的稱讚時出現了問題",
	'annotation:delete:likes:success' => "您的稱讚已移除",
	'likes:deleted' => '您的稱讚已移除',
	'likes:see' => '看看誰稱讚這個項目',
	'likes:remove' => '取消稱讚',
	'likes:notdeleted' => '移除您的稱讚時出現了問題',
	'likes:likes' => '您現在稱讚這個項目',
	'likes:failure' => '稱讚這個項目時出現了問題',
	'likes:alreadyliked' => '您已稱讚過這個項目',
	'likes:notfound' => '找不到您嘗試要稱讚的項目',
	'likes:likethis' => '稱讚',
	'likes:userlikedthis' => '%s 稱讚',
	'likes:userslikedthis' => '%s 稱讚',
	'likes:river:annotate' => '稱讚',

	// notifications. yikes.
	'likes:notifications:subject' => '%s 稱讚您的貼文 "%s"',
);
