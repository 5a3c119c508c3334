<?php
return array (
  '<strong>Dashboard</strong>' => '<strong>主面板</strong>',
  'This is your dashboard.<br><br>Any new activities or posts that might interest you will be displayed here.' => '这是你的主面板。<br> <br>任何新的活动或空间，你可能感兴趣的东西都将被显示在这里。',
);
