<?php

return [

  'emptyPersonalTimeline' => 'Your timeline is empty.',

];
