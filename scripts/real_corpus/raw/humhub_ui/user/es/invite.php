<?php
return [
  '<strong>Invite</strong> new people' => '<strong>Invita</strong> a nueva gente',
  'Click here to create an account:' => 'Clic aquí para crear una cuenta:',
  'Email' => 'Correo electrónico',
  'Email address(es)' => 'Direcciones de correo',
  'Please add the email addresses of people you want to invite below.' => 'Por favor agregue las direcciones de correo de gente a la que quiera invitar.',
  'Send invite' => 'Enviar invitación',
  'Separate multiple email addresses by comma.' => 'Separe múltiples direcciones de correo con comas.',
  'You\'ve been invited to join %appName%' => 'Has sido invitado a unirte a %appName%',
  '{email} is already registered!' => '¡{email} ya está registrado!',
  '{email} is not valid!' => '¡{email} no es válido!',
  '{email} should contain at most {charNum} characters.' => 'La dirección {email} debe contener como mucho {charNum} caracteres.',
  '{username} invited you to join "{space}" on {name}.' => '{username} te ha invitado a unirte a "{space}" en {name}.',
  '{username} invited you to {name}.' => '{username} te ha invitado a {name}.',
];
