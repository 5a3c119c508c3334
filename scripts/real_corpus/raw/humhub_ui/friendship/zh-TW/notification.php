<?php
return array (
  'Friendship' => '添加朋友',
  'Receive Notifications for Friendship Request and Approval events.' => '接收交友邀請和通過申請的通知。',
  '{displayName} accepted your friend request.' => '{displayName} 接受了您的交友邀請。',
  '{displayName} declined your friend request.' => '{displayName} 拒絕了您的交友邀請。',
  '{displayName} sent you a friend request.' => '{displayName} 向您發送了交友邀請。',
);
