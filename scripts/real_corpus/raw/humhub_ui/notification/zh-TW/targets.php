<?php
return array (
  'E-Mail' => 'E-mail',
  'Mobile' => '手機',
  'Web' => '網頁',
);
