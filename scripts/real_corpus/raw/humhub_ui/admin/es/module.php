<?php
return array (
  'Installed' => 'Instalado',
);
