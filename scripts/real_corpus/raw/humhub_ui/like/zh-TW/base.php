<?php
return array (
  ' likes this.' => '點讚了這個。',
  '<strong>Users</strong> who like this' => '點讚了這個的<strong>用戶</strong>',
  'Like' => '點讚',
  'Unlike' => '收回讚',
  'You' => '您',
  'You like this.' => '您點讚了這個。',
  'and {count} more like this.' => '和 {count} 個人點讚了這個。',
);
