<?php

return [

	'compose' => [
		'invalid' => [
			'album' => 'Must contain a single photo or video or multiple photos.',
		],
	],

];