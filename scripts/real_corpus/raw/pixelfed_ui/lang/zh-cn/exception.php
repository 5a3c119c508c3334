<?php

return [

	'compose' => [
		'invalid' => [
			'album' => '必须包含一张照片，视频或多张照片。',
		],
	],

];
