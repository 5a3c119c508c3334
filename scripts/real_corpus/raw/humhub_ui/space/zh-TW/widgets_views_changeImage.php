<?php
return array (
  'Change image' => '變更圖像',
  'Current space image' => '目前Space的圖像',
);
