<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	
	/**
	 * Menu items and titles
	 */
	'messageboard:board' => "留言板",
	'messageboard:num_display' => "要顯示的留言數量",
	'messageboard:owner' => '%s 的留言板',
	'messageboard:owner_history' => '%s 貼文於 %s 的留言板',

	/**
	 * Message board widget river
	 */

	/**
	 * Status messages
	 */
	
	'messageboard:posted' => "您已成功在留言板上貼文。",

	/**
	 * Email messages
	 */

	'messageboard:email:subject' => '您有新的留言板評論！',

	/**
	 * Error messages
	 */

	'messageboard:blank' => "抱歉，在我們可以儲存它之前，您需要在留言區中實際放些東西。",

	'messageboard:failure' => "加入您的留言時發生了非預期的錯誤。請再試一次。",

	'widgets:messageboard:name' => "留言板",
	'widgets:messageboard:description' => "這是您可以放在您側寫上的留言板，其他的使用者可以在這裡評論。",
);
