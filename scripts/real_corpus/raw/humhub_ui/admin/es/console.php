<?php
return array (
  '
Module successfully disabled!
' => '¡Módulo deshabilitado con éxito!',
  '
Module successfully enabled!
' => '¡Módulo habilitado con éxito!',
  '--- Disable module: {moduleId} ---

' => '--- Deshabilitar módulo: {moduleId} ---',
  '--- Enable module: {moduleId} ---

' => '--- Habilitar módulo: {moduleId} ---',
  'Module not found or activated!
' => '¡No se ha encontrado el módulo o está activado!',
  'Module not found!
' => '¡No se ha encontrado el módulo!',
);
