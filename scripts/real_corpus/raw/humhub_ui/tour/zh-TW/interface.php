<?php
return array (
  '<strong>Dashboard</strong>' => '<strong>儀表板</strong>',
  'This is your dashboard.<br><br>Any new activities or posts that might interest you will be displayed here.' => '這裡是您的儀表板。<br><br>所有您可能有興趣的新活動或貼文都會顯示在這裡。',
);
