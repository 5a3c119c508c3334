<?php

return [
    'Space Membership' => '空间成员',
    'View Online' => '在线看',
    '{displayName} accepted your invite for the space {spaceName}' => '{displayName} 接收了你加入空间 {spaceName} 的邀请',
    '{displayName} approved your membership for the space {spaceName}' => '{displayName} 通过了你加入空间 {spaceName} 的请求',
    '{displayName} declined your invite for the space {spaceName}' => '{displayName} 拒绝了你加入空间 {spaceName} 的邀请',
    '{displayName} declined your membership request for the space {spaceName}' => '{displayName} 拒绝了你加入空间 {spaceName} 的请求',
    '{displayName} invited you to the space {spaceName}' => '{displayName} 邀请你加入空间 {spaceName}',
    '{displayName} requests membership for the space {spaceName}' => '{displayName} 请求加入空间 {spaceName}',
    'New Space' => '',
    'Receive Notifications of Space Membership events.' => '',
    'Receive Notifications when a new Space is created by a non-space manager.' => '',
    'You were added to Space {spaceName}' => '',
    '{displayName} changed your role to {roleName} in the space {spaceName}.' => '',
    '{displayName} created the new Space {spaceName}' => '',
    '{displayName} revoked your invitation for the space {spaceName}' => '',
];
