<?php
return array (
  'Allows the user to add comments' => '允许用户评论',
  'Can manage (e.g. archive, stick, move or delete) arbitrary content' => '',
  'Create comment' => '创建评论',
  'Manage content' => '管理内容',
);
