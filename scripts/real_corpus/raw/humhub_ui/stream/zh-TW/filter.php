<?php
return array (
  'Author' => '作者',
  'Content' => '内容',
  'Content Type' => '貼文類型',
  'Date from' => '貼文開始日期',
  'Date to' => '貼文結束日期',
  'Scope' => '搜尋範圍',
  'Sorting' => '排序',
  'Topic' => '主題',
  'Visibility' => '貼文能見度',
);
