<?php
return array (
  'Installed' => '已安装',
);
