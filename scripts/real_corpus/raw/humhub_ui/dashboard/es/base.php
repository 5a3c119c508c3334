<?php
return array (
  '<b>No public contents to display found!</b>' => '<b>¡No se han encontrado contenidos públicos para mostrar!</b>',
  '<b>Your dashboard is empty!</b><br>Post something on your profile or join some spaces!' => '<b>¡Tu Inicio está vacio!</b><br/>¡Escribe algo en tu perfil o únete a algún espacio!',
  'Dashboard' => 'Inicio',
);
