<?php
return array (
  'Following' => 'Siguiendo',
  'Mentionings' => 'Menciones',
  'Receive Notifications when someone is following you.' => 'Recibir notificaciones cuando alguien le siga.',
  'Receive Notifications when someone mentioned you in a post.' => 'Recibir notificaciones cuando alguien le haya mencionado en una entrada.',
  'View Online' => 'Ver en línea',
  '{displayName} is now following you.' => '{displayName} ahora te está siguiendo.',
  '{displayName} just mentioned you in {contentTitle} "{preview}"' => '{displayName} te mencionó en {contentTitle} "{preview}"',
  '{displayName} mentioned you in {contentTitle}.' => '{displayName} te mencionó en {contentTitle}.',
);
