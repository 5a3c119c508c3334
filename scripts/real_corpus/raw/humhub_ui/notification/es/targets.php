<?php
return array (
  'E-Mail' => 'Correo electrónico',
  'Mobile' => 'Móvil',
  'Web' => 'Web',
);
