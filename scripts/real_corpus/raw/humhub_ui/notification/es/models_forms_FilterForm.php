<?php
return array (
  'Other' => 'Otro',
);
