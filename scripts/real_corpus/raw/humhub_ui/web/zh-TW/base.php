<?php
return array (
  'Web' => '網頁',
);
