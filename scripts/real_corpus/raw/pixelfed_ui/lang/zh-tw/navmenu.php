<?php

return [

	'search'			=> '搜尋',
	'home'				=> '首頁',
	'local'				=> '本地',
	'discover'			=> '探索',
	'viewMyProfile'		=> '檢視我的個人檔案',
	'myTimeline'		=> '我的時間軸',
	'publicTimeline'	=> '公開時間軸',
	'remoteFollow'		=> '遠端追蹤',
	'settings'			=> '設定',
	'admin'				=> '管理',
	'logout'			=> '登出',
	'directMessages'	=> '直接傳訊',

];
