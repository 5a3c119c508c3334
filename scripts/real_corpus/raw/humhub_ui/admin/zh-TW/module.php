<?php
return array (
  'Installed' => '已安裝',
);
