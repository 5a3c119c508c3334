<?php

return [

  'emptyPersonalTimeline' => '您的时间线是空的',

];
