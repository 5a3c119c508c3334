<?php
return array (
  'Other' => '其他',
);
