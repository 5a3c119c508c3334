<?php
return [
  'New Space' => 'Nuevo espacio',
  'Receive Notifications of Space Membership events.' => 'Recibir notificaciones de eventos de pertenencia al espacio.',
  'Receive Notifications when a new Space is created by a non-space manager.' => 'Recibir notificaciones cuando un usuario no administrador cree un nuevo espacio',
  'Space Membership' => 'Pertenencia al espacio',
  'View Online' => 'Ver en línea',
  'You were added to Space {spaceName}' => 'Has sido añadido al espacio {spaceName}',
  '{displayName} accepted your invite for the space {spaceName}' => '{displayName} ha aceptado su invitación al espacio {spaceName}',
  '{displayName} approved your membership for the space {spaceName}' => '{displayName} ha aprobado su registro en el espacio {spaceName}',
  '{displayName} changed your role to {roleName} in the space {spaceName}.' => '{displayName} ha cambiado tu rol a {roleName} en el espacio {spaceName}.',
  '{displayName} created the new Space {spaceName}' => '{displayName} ha creado el nuevo espacio {spaceName}',
  '{displayName} declined your invite for the space {spaceName}' => '{displayName} ha declinado su invitación al espacio {spaceName}',
  '{displayName} declined your membership request for the space {spaceName}' => '{displayName} ha declinado su registro en el espacio {spaceName}',
  '{displayName} invited you to the space {spaceName}' => '{displayName} le ha invitado al espacio {spaceName}',
  '{displayName} requests membership for the space {spaceName}' => '{displayName} solicita ser admitido en el espacio {spaceName}',
  '{displayName} revoked your invitation for the space {spaceName}' => '{displayName} ha cancelado tu invitación al espacio {spaceName}',
];
