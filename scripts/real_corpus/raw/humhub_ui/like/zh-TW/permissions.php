<?php
return array (
  'Allows user to like content' => '允許用戶在貼文點讚',
  'Can like' => '可以點讚',
);
