<?php
return array (
  'Any' => '',
  'Author' => '',
  'Best' => '',
  'Content type' => '',
  'Date From' => '',
  'Date To' => '',
  'Find Content based on keywords' => '',
  'Newest first' => '',
  'No results found!' => '',
  'Results ({count})' => '',
  'Search' => '搜 索',
  'Search...' => '',
  'Sorting' => '排序',
  'Space' => '空间',
  'Topic' => '',
  'Try other keywords or remove filters.' => '',
);
