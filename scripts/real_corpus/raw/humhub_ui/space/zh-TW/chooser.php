<?php
return array (
  'Add Space' => '添加Space',
  'Create Space' => '建立Space',
  'My spaces' => '我的Space',
  'You are not a member of or following any Spaces.' => '',
  'No Spaces found.' => '',
  'No spaces found for the given query' => '',
  'Search' => '搜尋',
  'Search for spaces' => '搜尋Space',
  'Select {n,plural,=1{space} other{spaces}}' => '',
  'This field only allows a maximum of {n,plural,=1{# space} other{# spaces}}' => '',
  'This space is archived' => '這個Space已經被封存',
  'Please enter at least {count} characters to search Spaces.' => '',
  'You are following this space' => '您正在追蹤這個Space',
  '{n,plural,=1{# new entry} other{# new entries}} since your last visit' => '',
);
