<?php
return array (
  'Add Topics' => '添加主題',
  'Manage Topics' => '管理主題',
);
