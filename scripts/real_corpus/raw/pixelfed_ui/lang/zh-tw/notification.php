<?php

return [

  'likedPhoto'          => '喜歡您的照片。',
  'startedFollowingYou' => '開始追蹤您。',
  'commented'           => '在您的貼文上留言。',
  'mentionedYou'        => '提到您。',
  'shared'				=> '分享了您的貼文。',

];
