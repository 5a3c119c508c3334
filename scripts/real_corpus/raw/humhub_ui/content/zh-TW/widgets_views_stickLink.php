<?php
return array (
  'Pinned' => '已釘選',
  'Unpinned' => '取消釘選',
);
