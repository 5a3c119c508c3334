<?php

return [

	'about'			=> '關於',
	'help'			=> '說明',
	'language'		=> '語言',
	'fediverse'		=> 'Fediverse',
	'opensource'	=> '開放原始碼',
	'terms'			=> '條款',
	'privacy'		=> '隱私',
	'l10nWip'		=> '我們仍在努力改善在地化的支援',
	'currentLocale' => '目前的語系',
	'selectLocale'  => '選取一個支援的語言',

];
