<?php
return array (
  'Contents' => '内容',
  'Whenever a new content (e.g. post) has been created.' => '每当一个新的内容(例如 文章)被创建时。',
  '{displayName} created a new {contentTitle}.' => '{displayName} 创建了 {contentTitle}.',
);
