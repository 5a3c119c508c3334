<?php
return array (
  'Allows the user to create private content' => '允許用戶建立私密貼文',
  'Allows the user to create public content' => '允許用戶建立公開貼文',
  'Allows the user to invite new members to the space' => '允許用戶邀請新成員參加此Space',
  'Can Access \'Spaces\'' => '可以存取 \'Space\'',
  'Can access the \'Spaces\' section.' => '可以存取 \'Space\' 區塊。',
  'Can create Spaces visible to all members.' => '可以建立所有成員都可以看見的Space。',
  'Can create hidden (private) Spaces.' => '可以建立隱藏的 (私密的) Space。',
  'Create Private Spaces' => '建立私密的Space',
  'Create Public Spaces' => '建立公開的Space',
  'Create private content' => '建立私密貼文',
  'Create public content' => '建立公開貼文',
  'Invite users' => '邀請用戶',
);
