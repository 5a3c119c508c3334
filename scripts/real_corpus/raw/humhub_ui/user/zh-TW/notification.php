<?php
return array (
  'Following' => '追蹤',
  'Mentionings' => '',
  'Receive Notifications when someone is following you.' => '',
  'Receive Notifications when someone mentioned you in a post.' => '',
  'View Online' => '線上查看',
  '{displayName} is now following you.' => '{displayName}成為您的粉絲。',
  '{displayName} just mentioned you in {contentTitle} "{preview}"' => '',
  '{displayName} mentioned you in {contentTitle}.' => '{displayName}在這篇{contentTitle}提到您。',
);
