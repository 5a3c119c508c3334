<?php
return array (
  'Can Access \'People\'' => 'No se pueda acceder a “Personas”',
  'Can access \'People\' section.' => 'No se puede acceder a la sección “Personas”.',
);
