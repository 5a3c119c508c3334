<?php
return array (
  'Add user' => 'Añadir usuario',
  'An unexpected error occurred while loading the result.' => 'Se ha producido un error inesperado mientras se cargaba el resultado.',
  'Load more' => 'Cargar más',
  'No results found.' => 'No se han encontrado resultados.',
  'No users found for the given query.' => 'No se encontraron usuarios para la búsqueda efectuada.',
  'Please enter at least {n} character' => 'Por favor ingrese por lo menos {n} caracteres.',
  'Select {n,plural,=1{item} other{items}}' => 'Seleccione {n,plural,=1{item} other{items}}',
  'Select {n,plural,=1{user} other{users}}' => 'Seleccione {n,plural,=1{user} other{users}}',
  'Select...' => 'Seleccionar...',
  'This field only allows a maximum of {n,plural,=1{# item} other{# items}}.' => 'Este campo permite un máximo de {n,plural,=1{# item} other{# items}}.',
  'This field only allows a maximum of {n,plural,=1{# user} other{# users}}.' => 'Este campo permite un máximo de {n,plural,=1{# user} other{# users}}.',
  'You reached the maximum number of allowed characters ({n}).' => 'Alcanzaste el máximo de caracteres permitidos ({n}).',
  'Your search returned no matches.' => 'Tu búsqueda no obtuvo resultados.',
);
