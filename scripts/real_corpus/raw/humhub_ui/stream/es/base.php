<?php
return array (
  'Date "From" should be before "To"!' => 'En la fecha, "Desde" debe ser anterior a "Hasta"',
  'Show {i} more.' => 'Mostrar {i} más.',
  'The content could not be found.' => 'No se ha podido encontrar el contenido.',
  'You are not allowed to view this content.' => 'No estás autorizado a ver este contenido.',
);
