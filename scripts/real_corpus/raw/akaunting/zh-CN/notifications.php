<?php

return [

    'whoops'              => '啊噢!',
    'hello'               => '您好！',
    'salutation'          => '尊敬的,<br> :company_name',
    'subcopy'             => '如果您在点击"：text" 按钮时遇到问题，请将以下网址复制并粘贴到您的网络浏览器中: [:url](:url)',

];
