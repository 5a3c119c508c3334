<?php
return array (
  'New Like' => '新的點讚',
);
