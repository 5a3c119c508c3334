<?php

return [
    'Allows the user to create public content' => '允许用户创建公共内容',
    'Allows the user to invite new members to the space' => '允许用户邀请新成员进空间',
    'Can create Spaces visible to all members.' => '可以创建公共空间。(展示在目录)',
    'Create Private Spaces' => '创建私有空间',
    'Create Public Spaces' => '创建公共空间',
    'Create public content' => '创建公共内容',
    'Invite users' => '邀请用户',
    'Allows the user to create private content' => '',
    'Can Access \'Spaces\'' => '',
    'Can access the \'Spaces\' section.' => '',
    'Can create hidden (private) Spaces.' => '',
    'Create private content' => '',
];
