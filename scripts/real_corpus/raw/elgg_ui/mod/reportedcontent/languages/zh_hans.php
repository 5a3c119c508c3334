<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	'item:object:reported_content' => '報告的項目',
	
	'admin:administer_utilities:reportedcontent' => '報告的內容',
	
	'reportedcontent' => '報告的內容',
	'reportedcontent:this' => '報告這頁',
	'reportedcontent:this:tooltip' => '報告這個頁面給管理者',
	'reportedcontent:report' => '報告給管理者',
	'reportedcontent:archive' => '封存報告',
	'reportedcontent:archived' => '報告已封存',
	'reportedcontent:description' => '您為什麼要報告這個？',
	'reportedcontent:address' => '項目的位置',
	'reportedcontent:success' => '您的報告已發送給站臺管理者',
	'reportedcontent:numbertodisplay' => '要顯示的報告數量',
	'reportedcontent:user' => '報告的使用者',
	
	'reportedcontent:failed' => '抱歉，嘗試報告這個內容時失敗。',
	'reportedcontent:notarchived' => '我們無法封存該報告',
	
	'widgets:reportedcontent:name' => '報告的內容',
	'widgets:reportedcontent:description' => '顯示報告的內容',
);
