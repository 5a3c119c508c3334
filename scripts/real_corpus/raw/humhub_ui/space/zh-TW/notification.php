<?php

return [
    'Receive Notifications of Space Membership events.' => '收到有關Space成員變動的通知。',
    'Space Membership' => 'Space 成員',
    'View Online' => '線上查看',
    'You were added to Space {spaceName}' => '您已經被添加到 {spaceName}',
    '{displayName} accepted your invite for the space {spaceName}' => '{displayName} 接受您加入 {spaceName} 的邀請',
    '{displayName} approved your membership for the space {spaceName}' => '{displayName} 核准您成為 {spaceName} 的成員',
    '{displayName} changed your role to {roleName} in the space {spaceName}.' => '{displayName} 在 {spaceName} 變更您的管理身分為 {roleName}。',
    '{displayName} declined your invite for the space {spaceName}' => '{displayName} 拒絕您加入 {spaceName} 的邀請',
    '{displayName} declined your membership request for the space {spaceName}' => '{displayName} 拒絕您成為 {spaceName} 成員的要求',
    '{displayName} invited you to the space {spaceName}' => '{displayName} 邀請您加入 {spaceName}',
    '{displayName} requests membership for the space {spaceName}' => '{displayName} 要求成為 {spaceName} 的成員',
    '{displayName} revoked your invitation for the space {spaceName}' => '{displayName} 撤銷您加入 {spaceName} 的邀請',
    'New Space' => '',
    'Receive Notifications when a new Space is created by a non-space manager.' => '',
    '{displayName} created the new Space {spaceName}' => '',
];
