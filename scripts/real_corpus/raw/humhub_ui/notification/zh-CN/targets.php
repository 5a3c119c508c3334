<?php
return array (
  'E-Mail' => '电子邮件',
  'Mobile' => '手机',
  'Web' => '网页',
);
