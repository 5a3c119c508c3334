<?php
return array (
  'No icon provider registered for provider id {id}' => 'No hay ningún proveedor de iconos registrado para el proveedor con id {id}',
);
