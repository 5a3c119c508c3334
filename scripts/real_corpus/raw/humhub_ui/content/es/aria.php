<?php
return array (
  'This content is archived' => 'Este contenido está archivado',
);
