<?php
return array (
  'Likes' => '點讚',
  'Receive Notifications when someone likes your content.' => '當有人在我的貼文點讚時接收通知。',
  'View Online' => '線上查看',
  '{displayNames} likes your {contentTitle}.' => '{displayNames}在您的{contentTitle}點讚。',
  '{displayNames} likes {contentTitle}.' => '{displayNames}點讚了{contentTitle}。',
  '{displayName} likes your {contentTitle}.' => '{displayName}在您的{contentTitle}點讚。',
  '{displayName} likes {contentTitle}.' => '{displayName}點讚了{contentTitle} 。',
);
