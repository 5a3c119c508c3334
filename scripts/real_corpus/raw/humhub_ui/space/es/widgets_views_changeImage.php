<?php
return array (
  'Change image' => 'Cambiar imagen',
  'Current space image' => 'Imagen actual del espacio',
);
