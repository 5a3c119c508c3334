<?php

return [
  'emptyPersonalTimeline' => 'Tu línea temporal está vacía.',
];
