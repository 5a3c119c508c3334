<?php
return array (
  'Web' => 'Web',
);
