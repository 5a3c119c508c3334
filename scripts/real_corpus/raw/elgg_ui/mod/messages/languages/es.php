<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	/**
	* Menu items and titles
	*/

	'messages' => "Mensajes",
	'messages:unreadcount' => "%s no leidos",
	'messages:user' => "Bandeja de entrada de %s",
	'messages:inbox' => "Bandeja de entrada",
	'messages:sent' => "Enviado",
	'messages:message' => "Mensaje",
	'messages:title' => "Asunto",
	'messages:sendmessage' => "Enviar un mensaje",
	'messages:add' => "Escribir un mensaje",
	'messages:sentmessages' => "Mensajes enviados",
	'messages:toggle' => 'Activar/desactivar todos',
	'messages:markread' => 'Marcar como leido',

	'messages:error' => 'Ocurri&oacute; un problema al guardar el mensaje. Por favor intenta de nuevo.',

	'item:object:messages' => 'Mensaje',
	'collection:object:messages' => 'Mensajes',

	/**
	* Status messages
	*/

	'messages:posted' => "Tu mensaje ha sido enviado.",
	'messages:success:delete' => 'Mensajes borrados',
	'messages:success:read' => 'Mensaje(s) marcado(s) como leido(s)',
	'messages:error:messages_not_selected' => 'No hay mensajes seleccionados',

	/**
	* Email messages
	*/

	'messages:email:subject' => 'Tienes un nuevo mensaje',

	/**
	* Error messages
	*/

	'messages:blank' => "Debes escribir algo en el cuerpo del mensaje antes de guardar.",
	'messages:user:nonexist' => "No se pudo encontrar al receptor entre los usuarios registrados.",
	'messages:user:blank' => "No has seleccionado a nadie a quien enviar el mensaje.",
	'messages:user:self' => "No puedes enviarte un mensaje a ti mismo.",

	'messages:deleted_sender' => 'Usuario borrado',
	
	/**
	* Settings
	*/

);
