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
	'expages:about' => "關於",
	'expages:terms' => "條款",
	'expages:privacy' => "隱私",
	'expages:contact' => "聯絡",

	'expages:notset' => "尚未設置這個頁面。",

	/**
	 * Status messages
	 */
	'expages:posted' => "您的頁面已成功更新。",
	'expages:error' => "無法儲存這個頁面。",
);
