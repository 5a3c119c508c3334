<?php
return array (
  'Allow others to create new posts on your profile page' => '允许他人在你的属性页上发表新的文章',
  'Allows the user to create posts' => '允许用户发布文章',
  'Create post' => '创建文章',
  'Edit your post...' => '编辑你的文章...',
  'Post' => '文章',
  'Post could not be saved!' => '',
  'The post must not be empty!' => '',
  'This space is archived.' => '该空间已归档。',
  'What\'s on your mind?' => '你想说些什么？',
  'post' => '文章',
);
