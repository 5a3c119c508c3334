<?php

return [
    '<strong>My</strong> friends' => '<strong>我的</strong> 好友',
    '<strong>Pending</strong> friend requests' => '<strong>待处理</strong> 的好友请求',
    '<strong>Sent</strong> friend requests' => '<strong>发送</strong> 好友请求',
    'Accept Friend Request' => '接收好友请求',
    'Deny friend request' => '拒绝好友请求',
    'Friends' => '好友',
    'Friendship' => '好友',
    'Requests' => '请求',
    'Sent requests' => '发送请求',
    'Show all friends' => '展示所有好友',
    'Unfriend' => '删除好友',
    'Pending' => '',
    'Would you like to accept the friendship request?' => '',
    'Would you like to end your friendship with {userName}?' => '',
    'Would you like to send a friendship request to {userName}?' => '',
    'Would you like to withdraw the friendship request?' => '',
    'Would you like to withdraw your friendship request?' => '',
];
