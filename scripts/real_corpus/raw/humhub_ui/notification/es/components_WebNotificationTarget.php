<?php
return array (
  'E-Mail' => 'Correo electrónico',
  'Web' => 'Web',
);
