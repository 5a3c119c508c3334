<?php
return array (
  'E-Mail' => 'E-mail',
  'Web' => '網頁',
);
