<?php
return array (
  'Web' => '网页',
);
