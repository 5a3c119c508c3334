<?php
return array (
  'Contents' => 'Contenidos',
  'Whenever a new content (e.g. post) has been created.' => 'Cuando se haya creado un nuevo contenido (ej: publicación).',
  '{displayName} created a new {contentTitle}.' => '{displayName} ha creado un nuevo {contentTitle}.',
);
