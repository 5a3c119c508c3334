<?php
return array (
  'Add user' => '添加使用者',
  'An unexpected error occurred while loading the result.' => '',
  'Load more' => '載入更多',
  'No results found.' => '',
  'No users found for the given query.' => '',
  'Please enter at least {n} character' => '',
  'Select {n,plural,=1{item} other{items}}' => '',
  'Select {n,plural,=1{user} other{users}}' => '',
  'Select...' => '',
  'This field only allows a maximum of {n,plural,=1{# item} other{# items}}.' => '',
  'This field only allows a maximum of {n,plural,=1{# user} other{# users}}.' => '',
  'You reached the maximum number of allowed characters ({n}).' => '',
  'Your search returned no matches.' => '沒有符合您搜尋條件的結果。',
);
