<?php

return [

  'likedPhoto'          => '喜欢你的帖子',
  'likedComment'        => '喜欢你的评论',
  'startedFollowingYou' => '开始关注你',
  'commented'           => '评论了你的帖子',
  'mentionedYou'        => '提到你',
  'shared'				=> '分享了你的贴子',

];
