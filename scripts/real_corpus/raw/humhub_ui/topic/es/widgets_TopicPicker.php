<?php
return array (
  'Select topic...' => 'Agregar tema',
  'No topics found for the given query' => 'No se encontraron temas para la consulta dada',
  'Select {n,plural,=1{topic} other{topics}}' => 'Seleccione {n,plural,=1{topic} other{topics}}',
  'This field only allows a maximum of {n,plural,=1{# topic} other{# topics}}' => 'Este campo solo permite un máximo de {n,plural,=1{# topic} other{# topics}}',
);
