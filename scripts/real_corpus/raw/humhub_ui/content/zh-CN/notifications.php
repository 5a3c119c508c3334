<?php

return [
    'New Content' => '新内容',
    'Receive Notifications for new content you follow.' => '你关注的人有了新动态时接受提醒',
    'View Online' => '在线看',
    '{displayName} created {contentTitle}.' => '{displayName} 创建了 {contentTitle}.',
    '{originator} just wrote {contentInfo}' => '{originator} 刚刚写了 {contentInfo}',
    '{originator} just wrote {contentInfo} in space {space}' => '{originator} 刚刚在空间 {space} 写了 {contentInfo}',
    '{originator} notifies you about {contentInfo}' => '{originator} 提醒你关于 {contentInfo}',
    '{originator} notifies you about {contentInfo} in {space}' => '{originator} 在空间 {space} 提醒你关于 {contentInfo} ',
    'Your {contentTitle} has been deleted by {displayName} for \'{reason}\'' => '',
    '{displayName} posted on your profile {contentTitle}.' => '',
];
