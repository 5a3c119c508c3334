<?php
return array (
  'Any' => 'Cualquiera',
  'Author' => 'Autor',
  'Best' => 'El mejor',
  'Content type' => 'Tipo de contenido',
  'Date From' => 'Fecha desde',
  'Date To' => 'Fecha hasta',
  'Find Content based on keywords' => 'Encontrar contenido utilizando palabras clave',
  'Newest first' => 'Primero los más recientes',
  'No results found!' => 'Sin resultados encontrados!',
  'Results ({count})' => 'Resultados ({count})',
  'Search' => 'Buscar',
  'Search...' => 'Buscar...',
  'Sorting' => 'Ordenación',
  'Space' => 'Espacio',
  'Topic' => 'Tema',
  'Try other keywords or remove filters.' => 'Intentar otras palabras clave o eliminar filtros.',
);
