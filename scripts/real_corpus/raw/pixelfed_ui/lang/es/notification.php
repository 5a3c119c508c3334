<?php

return [

  'likedPhoto'          => 'le gustó tu foto.',
  'startedFollowingYou' => 'empezó a seguirte.',

];
