<?php
return array (
  'Comments' => '留言',
  'Receive Notifications when someone comments on my own or a following post.' => '',
  'View Online' => '線上查看',
  '[Deleted]' => '',
  '{displayNames} commented {contentTitle}' => '',
  '{displayNames} commented {contentTitle} in space {space}' => '',
  '{displayNames} commented {contentTitle}.' => '',
  '{displayNames} just commented your {contentTitle}' => '',
  '{displayNames} just commented your {contentTitle} in space {space}' => '',
  '{displayName} commented {contentTitle}' => '',
  '{displayName} commented {contentTitle} in space {space}' => '',
  '{displayName} commented {contentTitle}.' => '',
  '{displayName} just commented your {contentTitle}' => '',
  '{displayName} just commented your {contentTitle} in space {space}' => '',
);
