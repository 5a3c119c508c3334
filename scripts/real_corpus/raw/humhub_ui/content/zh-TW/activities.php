<?php
return array (
  'Contents' => '內容',
  'Whenever a new content (e.g. post) has been created.' => '每當建立了一篇新的內容 (例如: 貼文) 。',
  '{displayName} created a new {contentTitle}.' => '{displayName} 建立了一篇新的 {contentTitle}。',
);
