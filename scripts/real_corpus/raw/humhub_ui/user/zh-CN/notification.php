<?php
return array (
  'Following' => '关注',
  'Mentionings' => '提醒',
  'Receive Notifications when someone is following you.' => '当有人关注你时接受提醒。',
  'Receive Notifications when someone mentioned you in a post.' => '当有人提到你的文章时接收提醒',
  'View Online' => '在线看',
  '{displayName} is now following you.' => '{displayName} 现在关注了你。',
  '{displayName} just mentioned you in {contentTitle} "{preview}"' => '{displayName} 在 {contentTitle} "{preview}" 中提到了你',
  '{displayName} mentioned you in {contentTitle}.' => '{displayName} 在 {contentTitle} 中提到了你。',
);
