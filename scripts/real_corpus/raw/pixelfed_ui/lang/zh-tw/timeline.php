<?php

return [

  'emptyPersonalTimeline' => '您的時間軸還是空的。',

];
