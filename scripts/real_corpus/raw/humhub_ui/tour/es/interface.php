<?php
return array (
  '<strong>Dashboard</strong>' => '<strong>Inicio</strong>',
  'This is your dashboard.<br><br>Any new activities or posts that might interest you will be displayed here.' => 'Esta es la pantalla de inicio.<br><br>Todas las nuevas actividades o posts que sean de tu interés se mostrarán aquí.',
);
