<?php
return array (
  'No icon provider registered for provider id {id}' => '已註冊的圖標提供者 {id} 不存在',
);
