<?php
return array (
  'Allows the user to add comments' => 'Permitir al usuario añadir comentarios',
  'Can manage (e.g. archive, stick, move or delete) arbitrary content' => 'Puede administrar (por ejemplo, archivar, pegar, mover o eliminar) contenido arbitrario',
  'Create comment' => 'Crear comentario',
  'Manage content' => 'Administrar contenido',
);
