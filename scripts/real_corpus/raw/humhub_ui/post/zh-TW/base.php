<?php
return array (
  'Allow others to create new posts on your profile page' => '允許其他人在您的個人檔案頁面建立貼文',
  'Allows the user to create posts' => '允許用戶建立貼文',
  'Create post' => '建立貼文',
  'Edit your post...' => '編輯您的貼文...',
  'Post' => '貼文',
  'Post could not be saved!' => '貼文無法儲存!',
  'The post must not be empty!' => '貼文不能是空的!',
  'This space is archived.' => '此Space已經被封存。',
  'What\'s on your mind?' => '有些什麼想法嗎?',
  'post' => '貼文',
);
