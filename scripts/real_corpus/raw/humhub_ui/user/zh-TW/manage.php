<?php
return array (
  '<strong>Profile</strong> modules' => '<strong>個人檔案</strong> 模組',
  'Currently there are no modules available for you!' => '',
  'Similar to Spaces, your personal profile also allows you to use modules. Please keep in mind that information you share on your profile is available to other users of the network.' => '',
);
