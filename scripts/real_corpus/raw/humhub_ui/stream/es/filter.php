<?php
return array (
  'Author' => 'Autor',
  'Content' => 'Contenido',
  'Content Type' => 'Tipo de contenido',
  'Date from' => 'Fecha, desde',
  'Date to' => 'Fecha, hasta',
  'Scope' => 'Alcance',
  'Sorting' => 'Ordenación',
  'Topic' => 'Tema',
  'Visibility' => 'Visibilidad',
);
