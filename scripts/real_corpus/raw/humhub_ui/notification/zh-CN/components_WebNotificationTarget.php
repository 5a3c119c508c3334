<?php
return array (
  'E-Mail' => '电子邮件',
  'Web' => '网页',
);
