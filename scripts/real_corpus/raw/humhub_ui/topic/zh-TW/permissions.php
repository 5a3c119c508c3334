<?php
return array (
  'Can add new topics' => '可以添加新的主題',
  'Can edit and remove topics' => '可以編輯和刪除主題',
);
