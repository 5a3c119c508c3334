<?php
return array (
  'Can Access \'People\'' => '可以存取 \'People\'',
  'Can access \'People\' section.' => '可以存取 \'People\' 區塊。',
);
