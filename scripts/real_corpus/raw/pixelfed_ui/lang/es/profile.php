<?php

return [
  'emptyTimeline'  => '¡Este usuario todavía no ha publicado nada!',
  'emptyFollowers' => '¡Este usuario todavía no tiene seguidores!',
  'emptyFollowing' => '¡Este usuario todavía no está siguiendo a nadie!',
  'savedWarning'   => 'Solamente tú puedes ver lo que has guardado',
];
