<?php
return array (
  'Add Topics' => 'Agregar temas',
  'Manage Topics' => 'Administrar temas',
);
