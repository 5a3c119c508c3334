<?php
return array (
  'Hide all stream entries in this Space by default' => 'Ocultar por defecto todas las entradas de la línea de publicaciones',
  'Hide all stream entries in your Profile by default' => 'Ocultar por defecto todas las entradas de la línea de publicaciones de tu perfil',
  'Hide all stream entries of this module globally by default' => 'Ocultar por defecto todas las entradas de la línea de publicaciones de este módulo globalmente',
  'Hide stream entry' => 'Ocultar entrada en la línea de publicaciones',
  'Invalid icon.' => 'Icono inválido.',
  'Note: Hidden entries can be made visible using the stream filtering options. Single stream entries can be marked as visible on an individual level.' => 'Nota: Se pueden mostrar entradas ocultas de la línea de publicaciones utilizando la opción de filtrado de entradas. Cada entrada de la línea puede marcarse individualmente como visible.',
  'Note: The default settings can be adjusted individually for each Space and each single stream entry. Hidden entries can be made visible using the stream filtering options.' => 'Nota: La configuración por defecto puede ajustarse individualmente para cada Espacio y cada entrada. Las entradas ocultas pueden hacerse visibles utilizando la opción de filtrado.',
  'Select icon' => 'Selecciona un icono',
  'Sort Order' => 'Orden de clasificación',
  'Values between 0 and 10000, the existing elements usually use steps of 100.' => 'Valores entre 0 y 10000, los elementos existentes usualmente usan pasos de 100.',
);
