<?php
return [
  'Collapse' => 'Cerrar',
  'Read more' => 'Leer más',
  'Reset filters' => 'Reiniciar filtros',
  'Select' => 'Seleccionar',
  'User Interface' => 'Interfaz de usuario',
];
