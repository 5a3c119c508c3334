<?php
return array (
  'Administrative' => '',
  'Notify from {appName}. You were added to the group.' => '',
  'Notify from {appName}. You were removed from the group.' => '',
  'Receive Notifications for administrative events like available updates.' => '',
  'There is a new HumHub Version ({version}) available.' => '',
  '{displayName} added you to group {groupName}' => '{displayName} 將您添加到 {groupName} 群組',
  '{displayName} removed you from group {groupName}' => '{displayName} 將您從 {groupName} 群組移除',
);
