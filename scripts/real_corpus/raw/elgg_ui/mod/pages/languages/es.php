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
	'item:object:page' => 'P&aacute;ginas',
	'collection:object:page' => 'P&aacute;ginas',
	
	'collection:object:page:all' => "Todas las p&aacute;ginas",
	'collection:object:page:owner' => "P&aacute;ginas de %s",
	'collection:object:page:friends' => "P&aacute;ginas de amigos",
	'collection:object:page:group' => "P&aacute;ginas para grupos",
	'add:object:page' => "Agregar una página",
	'edit:object:page' => "Editar esta p&aacute;gina",

	'groups:tool:pages' => 'Habilitar p&aacute;ginas para grupos',

	'pages:history' => "Historial",
	'pages:revision' => "Revisi&oacute;n",

	'pages:navigation' => "Navegaci&oacute;n",

	'pages:notify:summary' => 'Nueva página llamada %s',
	'pages:notify:subject' => "Una nueva página: %s",

	'pages:more' => 'M&aacute;s p&aacute;ginas',

	/**
	* River
	**/
	
	/**
	 * Form fields
	 */

	'pages:title' => 'T&iacute;tulo de la p&aacute;gina',
	'pages:description' => 'Contenido',
	'pages:tags' => 'Etiquetas',
	'pages:parent_guid' => 'Página antecesora',

	/**
	 * Status and error messages
	 */
	'pages:cantedit' => 'No puedes editar esta p&aacute;gina',
	'pages:saved' => 'P&aacute;gina guardada',
	'pages:notsaved' => 'La p&aacute;gina no pudo ser guardada',
	'entity:delete:object:page:success' => 'La p&aacute;gina ha sido borrada.',

	/**
	 * History
	 */
	'pages:revision:subtitle' => 'Revisi&oacute;n de %s creada por %s',

	/**
	 * Widget
	 **/

	'pages:num' => 'N&uacute;mero de p&aacute;ginas a mostrar',
	'widgets:pages:name' => 'P&aacute;ginas',
	'widgets:pages:description' => "Esta es la lista de tus p&aacute;ginas.",

	'pages:newchild' => "Crear una subp&aacute;gina",
);
