<?php
return array (
  'Can add new topics' => 'Puede agregar nuevos temas',
  'Can edit and remove topics' => 'Puede editar y eliminar temas',
);
