<?php
return [
  '<strong>Login</strong> required' => 'Es necesario <strong>iniciar sesión</strong>',
  'An internal server error occurred.' => 'Un error interno ha ocurrido',
  'Guest mode not active, please login first.' => 'El modo de Invitados no está activo. Por favor autentíquese.',
  'Login required for this section.' => 'Se requiere autenticación para acceder a esta sección.',
  'Maintenance mode activated: You have been automatically logged out and will no longer have access the platform until the maintenance has been completed.' => 'Modo de mantenimiento activado: Has sido desconectado automáticamente y ya no tendrás acceso a la plataforma hasta que se haya completado las labores de mantención.',
  'Maintenance mode is active. Only Administrators can access the platform.' => 'El modo de mantenimiento está activo. Solo los administradores pueden acceder a la plataforma.',
  'The module {moduleId} is present in the HumHub configuration file even though this module is disabled. Please remove it from the configuration.' => 'El módulo {moduleId} está presente en el fichero de configuración de HumHub a pesar de que este módulo está deshabilitado. Por favor elimínalo de la configuración.',
  'The specified URL cannot be called directly.' => 'No se puede llamar directamente a la URL especificada.',
  'You are not allowed to perform this action.' => 'Usted no tiene permisos para ejecutar esta acción',
  'You are not permitted to access this section.' => 'No está autorizado a acceder a esta sección.',
  'You must change password.' => 'Tienes que cambiar la clave.',
  'You need admin permissions to access this section.' => 'Se necesitan credenciales de administrador para acceder a esta sección.',
  'Your user account has not been approved yet, please try again later or contact a network administrator.' => 'Su cuenta de usuario aún no ha sido aprobada. Por favor inténtelo más tarde o póngase en contacto con un administrador de red.',
  'Your user account is inactive, please login with an active account or contact a network administrator.' => 'Su cuenta de usuario está inactiva. Por favor autentíquese con una cuenta de usuario activa o contacte con un administrador de red.',
];
