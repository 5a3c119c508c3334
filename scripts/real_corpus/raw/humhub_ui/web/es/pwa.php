<?php
return array (
  'Hm...' => 'Um...',
  'Please check your internet connection and <a href="?">refresh</a> this page once you are online again!' => '¡Compruebe su conexión a Internet y <a href="?">refresh</a> esta página una vez que vuelva a estar en línea!',
  'Unable to connect to {site}' => 'No se puede conectar a {site}',
);
