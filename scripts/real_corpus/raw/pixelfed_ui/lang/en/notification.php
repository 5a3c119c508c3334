<?php

return [

  'likedPhoto'          => 'liked your post.',
  'likedComment'        => 'liked your comment.',
  'startedFollowingYou' => 'started following you.',
  'commented'           => 'commented on your post.',
  'mentionedYou'        => 'mentioned you.',
  'shared'				=> 'shared your post.',

];
