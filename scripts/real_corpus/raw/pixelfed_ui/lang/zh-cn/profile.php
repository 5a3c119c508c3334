<?php

return [
  'emptyTimeline'         => '这个用户还没发表任何帖子',
  'emptyFollowers'        => '这个用户还没有任何关注者',
  'emptyFollowing'        => '此用户尚未关注任何人！',
  'emptySaved'            => '您还没有保存任何帖子！',
  'savedWarning'          => '仅有自己可见',
  'privateProfileWarning' => '此帐户是私有的',
  'alreadyFollow'         => '已经关注 :username?',
  'loginToSeeProfile'     => '查看他们的照片和视频。',

  'status.disabled.header' 	  => '主页不可用',
  'status.disabled.body'	  => '抱歉，此个人主页暂时未开放。请稍后再试。',
];
