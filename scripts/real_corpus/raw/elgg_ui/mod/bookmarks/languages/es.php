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
	'item:object:bookmarks' => 'Marcadores',
	'collection:object:bookmarks' => 'Marcadores',
	
	'collection:object:bookmarks:group' => 'Marcadores de grupo',
	'collection:object:bookmarks:all' => "Todos los marcadores",
	'collection:object:bookmarks:owner' => "Marcadores de %s",
	'collection:object:bookmarks:friends' => "Marcadores de amigos",
	'add:object:bookmarks' => "Añadir un marcador",
	'edit:object:bookmarks' => "Editar marcador",

	'bookmarks:this' => "Marcar esta p&aacute;gina",
	'bookmarks:this:group' => "Marcar en %s",
	'bookmarks:bookmarklet' => "Obtener marcadores",
	'bookmarks:bookmarklet:group' => "Obtener widget de marcadores del grupo",
	'bookmarks:address' => "Direcciones del marcador",

	'bookmarks:notify:summary' => 'Nuevo marcador llamado %s',
	'bookmarks:notify:subject' => 'Nuevo marcador: %s',
	
	'bookmarks:numbertodisplay' => 'N&uacute;mero de marcadores a mostrar',

	'river:object:bookmarks:create' => '%s marcó %s',
	'river:object:bookmarks:comment' => '%s comento en un marcador %s',

	'groups:tool:bookmarks' => 'Activar marcadores de grupo',
	
	/**
	 * Widget and bookmarklet
	 */
	'widgets:bookmarks:name' => 'Marcadores',
	'widgets:bookmarks:description' => "Mostrar tus últimos marcadores",

	'bookmarks:bookmarklet:description' => "Un bookmarklet es un tipo especial de botón que guardas en la barra de enlaces de tu navegador. Esto le permite guardar cualquier recurso que encuentre en la web a sus marcadores. Para configurarlo, arrastre el botón de abajo a la barra de vínculos de su navegador:",
	'bookmarks:bookmarklet:descriptionie' => "Si usas Internet Explorer, necesitas hacer click con el bot&oacute;n derecho del rat&oacute;n al enlace, select 'add to favorites', y entonces a la barra de marcadores.",
	'bookmarks:bookmarklet:description:conclusion' => "A continuación, puedes guardar cualquier página que visite haciendo clic en él en cualquier momento.",

	/**
	 * Status messages
	 */

	'bookmarks:save:success' => "El item fue marcado exitosamente.",
	'entity:delete:object:bookmarks:success' => "El marcador fue eliminado",

	/**
	 * Error messages
	 */

	'bookmarks:save:failed' => "El marcador no pudo ser guardado. Aseg&uacute;rate de que el t&iacute;tulo y el enlace est&eacute;n correctamente escritos.",
);
