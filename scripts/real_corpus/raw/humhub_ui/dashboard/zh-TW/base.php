<?php
return array (
  '<b>No public contents to display found!</b>' => '<b>沒有找到公開的貼文!</b>',
  '<b>Your dashboard is empty!</b><br>Post something on your profile or join some spaces!' => '<b>您的儀表板目前沒有內容!</b><br>在您的個人檔案寫篇貼文，或者加入某個Space!',
  'Dashboard' => '儀表板',
);
