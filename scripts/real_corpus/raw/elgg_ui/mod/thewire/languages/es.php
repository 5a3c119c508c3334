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
	'thewire' => "The Wire",

	'item:object:thewire' => "Posts",
	
	'collection:object:thewire:all' => "Todos los post",
	'collection:object:thewire:owner' => "los posts de %s",
	'collection:object:thewire:friends' => "Los post de tus amigos",
	
	'thewire:replying' => "Responder a %s (@%s) quien escribi&oacute;",
	'thewire:thread' => "Hilo",
	'thewire:charleft' => "caracteres restantes",
	'thewire:tags' => "Posts etiquetados con '%s'",

	'thewire:by' => 'Post publicado por %s',
	
	/**
	 * The wire river
	 */
	'thewire:wire' => 'wire',

	/**
	 * Wire widget
	 */
	
	'widgets:thewire:description' => 'Mostrar tus últimos post de The Wire',
	'thewire:num' => 'N&uacute;mero de posts a mostrar',
	'thewire:moreposts' => 'M&aacute;s posts',

	/**
	 * Status messages
	 */
	'thewire:posted' => "Tu mensaje ha sido publicado exitosamente a The Wire.",
	'thewire:blank' => "Necesitas ingresar más texto para publicar.",
	'thewire:notsaved' => "Lo sentimos. No pudimos guardar este post",

	/**
	 * Notifications
	 */
	'thewire:notify:summary' => 'Nuevo post: %s',
	'thewire:notify:subject' => "Nueva entrada en el hilo de %s",
	'thewire:notify:reply' => '%s ha respondido a %s en the wire:',
	'thewire:notify:post' => '%s ha posteado en the wire:',
	'thewire:notify:footer' => "Ver y responder:\n%s",

	/**
	 * Settings
	 */
	
	/**
	 * Exceptions
	 */
);
