<?php
return array (
  'No topics found for the given query' => '從關鍵字搜尋不到相關的主題',
  'Select topic...' => '選擇相關的主題...',
  'Select {n,plural,=1{topic} other{topics}}' => '選擇{n,plural,=1{主題} other{主題}}',
  'This field only allows a maximum of {n,plural,=1{# topic} other{# topics}}' => '這個欄位只允許最多 {n,plural,=1{# 主題} other{# 主題}}',
);
