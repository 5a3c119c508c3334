<?php
return array (
  'Add user' => '添加用户',
  'An unexpected error occurred while loading the result.' => '',
  'Load more' => '加载更多',
  'No results found.' => '',
  'No users found for the given query.' => '没有找到用户。',
  'Please enter at least {n} character' => '请至少输入{n} 个字符',
  'Select {n,plural,=1{item} other{items}}' => '选择 {n,plural,=1{item} other{items}}',
  'Select {n,plural,=1{user} other{users}}' => '选择 {n,plural,=1{user} other{users}}',
  'Select...' => '',
  'This field only allows a maximum of {n,plural,=1{# item} other{# items}}.' => '此域最大允许 {n,plural,=1{# item} other{# items}}.',
  'This field only allows a maximum of {n,plural,=1{# user} other{# users}}.' => '此域最大允许 {n,plural,=1{# user} other{# users}}。',
  'You reached the maximum number of allowed characters ({n}).' => '你输入的字符数到了最大限制 ({n})。',
  'Your search returned no matches.' => '没有找到匹配的数据。',
);
