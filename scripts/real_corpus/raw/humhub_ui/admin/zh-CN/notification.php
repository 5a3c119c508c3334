<?php

return [
    'Administrative' => '管理',
    'Receive Notifications for administrative events like available updates.' => '接收管理事件的通知，例如有可用更新。',
    'There is a new HumHub Version ({version}) available.' => '有一个新的HumHub版本({version}) 可用。',
    'Notify from {appName}. You were added to the group.' => '',
    'Notify from {appName}. You were removed from the group.' => '',
    '{displayName} added you to group {groupName}' => '',
    '{displayName} removed you from group {groupName}' => '',
];
