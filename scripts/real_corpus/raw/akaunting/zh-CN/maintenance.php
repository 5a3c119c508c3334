<?php

return [

    'title' => '维护中',

    'message' => '抱歉，我们正在进行维护。请稍后再试',

];
