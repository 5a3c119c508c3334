<?php
return array (
  '<b>No public contents to display found!</b>' => '<b>没有找到公开展示的内容!</b>',
  '<b>Your dashboard is empty!</b><br>Post something on your profile or join some spaces!' => '<b>你的版面是空的！</b> <br>写点什么或者加入一些空间',
  'Dashboard' => '主面板',
);
