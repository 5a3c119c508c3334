<?php
return array (
  'Any' => '',
  'Author' => '作者',
  'Best' => '',
  'Content type' => '',
  'Date From' => '',
  'Date To' => '',
  'Find Content based on keywords' => '',
  'Newest first' => '最新的排在前面',
  'No results found!' => '找不到結果!',
  'Results ({count})' => '',
  'Search' => '搜尋',
  'Search...' => '搜尋...',
  'Sorting' => '排序',
  'Space' => 'Space',
  'Topic' => '主題',
  'Try other keywords or remove filters.' => '請嘗試其他搜尋關鍵字，或者移除篩選條件。',
);
