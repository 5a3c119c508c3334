<?php
return array (
  'Likes' => '點讚',
  'Whenever someone likes something (e.g. a post or comment).' => '每當有人點了讚 (例如: 在貼文或留言上點讚)',
  '{userDisplayName} likes {contentTitle}' => '{userDisplayName}點讚了{contentTitle}',
);
