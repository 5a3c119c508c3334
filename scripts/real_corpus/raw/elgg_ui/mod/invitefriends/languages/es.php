<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(

	'friends:invite' => 'Invitar amigos',
	
	'invitefriends:introduction' => 'Para invitar a tus amigos a unirse a esta red, escribe sus direcciones de correo y un mensaje que ellos recibiran con tu invitación',
	'invitefriends:emails' => 'Dirección de correo electrónico ( uno por linea)',
	'invitefriends:message' => 'Mensaje',
	'invitefriends:subject' => 'Invitaci&oacute;n para unirse a %s',

	'invitefriends:success' => 'Se han enviado las invitaciones.',
	'invitefriends:invitations_sent' => 'Invitaciones enviadas: %s. Aqu&iacute; est&aacute;n los siguientes problemas:',
	'invitefriends:email_error' => 'La siguiente direcci&oacute;n de email no es v&aacute;lida: %s',
	'invitefriends:already_members' => 'La siguiente direcci&oacute;n ya est&aacute; registrada por %s',
	'invitefriends:noemails' => 'No se han ingresado direcciones de email.',
	
);
