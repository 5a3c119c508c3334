<?php
return array (
  'Allows the user to add comments' => '允許用戶添加留言',
  'Can manage (e.g. archive, stick, move or delete) arbitrary content' => '可以管理 (例如: 封存, 置頂, 移動或刪除) 任何內容',
  'Create comment' => '新建留言',
  'Manage content' => '管理留言',
);
