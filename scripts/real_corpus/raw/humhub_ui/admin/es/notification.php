<?php
return array (
  'Administrative' => 'Administrativo',
  'Notify from {appName}. You were added to the group.' => 'Notificación de {appName}. Has sido añadido al grupo.',
  'Notify from {appName}. You were removed from the group.' => 'Notificación de {appName}. Has sido eliminado del grupo.',
  'Receive Notifications for administrative events like available updates.' => 'Recibir notificaciones para eventos administrativos como actualizaciones disponibles.',
  'There is a new HumHub Version ({version}) available.' => 'Hay una nueva versión de HumHub ({version}) disponible.',
  '{displayName} added you to group {groupName}' => '{displayName} te agregó al grupo {groupName}',
  '{displayName} removed you from group {groupName}' => '{displayName} te eliminó del grupo {groupName}',
);
