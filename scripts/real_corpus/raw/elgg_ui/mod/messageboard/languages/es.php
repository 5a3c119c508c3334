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
	'messageboard:board' => "Tabl&oacute;n de mensajes",
	'messageboard:num_display' => "N&uacute;mero de mensajes a mostrar",
	'messageboard:owner' => 'Tabl&oacute;n de mensajes de %s',
	'messageboard:owner_history' => 'Posts de %s en el tabl&oacute;n de mensajes %s',

	/**
	 * Message board widget river
	 */

	/**
	 * Status messages
	 */
	
	'messageboard:posted' => "Se ha publicado en tu tabl&oacute;n de mensajes exitosamente.",

	/**
	 * Email messages
	 */

	'messageboard:email:subject' => 'Tienes nuevos comentarios en el tabl&oacute;n de mensajes',

	/**
	 * Error messages
	 */

	'messageboard:blank' => "Es necesario poner algo en el campo del mensaje antes de guardar.",

	'messageboard:failure' => "Ocurri&oacute; un error desconocido al guardar el mensaje. Intenta de nuevo.",

	'widgets:messageboard:name' => "Tabl&oacute;n de mensajes",
	'widgets:messageboard:description' => "este es un tabl&oacute;n de mensajes en el que puedes poner contenido y otros usuarios pueden comentar.",
);
