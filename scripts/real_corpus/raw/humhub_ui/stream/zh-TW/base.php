<?php
return array (
  'Date "From" should be before "To"!' => '貼文開始日期必須早於結束日期!',
  'Show {i} more.' => '顯示更多 {i} 筆內容。',
  'The content could not be found.' => '無法找到這個內容。',
  'You are not allowed to view this content.' => '您未被允許檢視這個內容。',
);
