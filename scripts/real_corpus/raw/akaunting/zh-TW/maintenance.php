<?php

return [

    'title' => '維護中',

    'message' => '抱歉，我們正在進行維護。請稍後再試！',

];
