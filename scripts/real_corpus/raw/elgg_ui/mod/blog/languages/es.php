<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	'item:object:blog' => 'Blog',
	'collection:object:blog' => 'Blogs',
	
	'collection:object:blog:all' => 'Todos los blogs',
	'collection:object:blog:owner' => 'Blogs de %s',
	'collection:object:blog:group' => 'Blogs de grupo',
	'collection:object:blog:friends' => 'Blogs de amigos',
	'add:object:blog' => 'Añadir una entrada al blog',
	'edit:object:blog' => 'Editar entrada del blog',

	'blog:revisions' => 'Revisiones',
	'blog:archives' => 'Archivos',

	'groups:tool:blog' => 'Activar blog de grupo',

	// Editing
	'blog:excerpt' => 'Extracto',
	'blog:body' => 'Cuerpo',
	'blog:save_status' => '&Uacute;ltimo guardado: ',

	'blog:revision' => 'Revisi&oacute;n',
	
	// messages
	'blog:message:saved' => 'Entrada guardada.',
	'blog:error:cannot_save' => 'No se puede guardar la entrada.',
	'blog:error:cannot_write_to_container' => 'Acceso insuficiente para guardar la entrada.',
	'blog:edit_revision_notice' => '(Versi&oacute;n antigua)',
	'blog:error:missing:title' => '¡Por favor ingresa un t&iacute;tulo!',
	'blog:error:missing:description' => '¡Por favor ingresa contenidos!',
	'blog:error:post_not_found' => 'No se puede encontrar el blog especificado.',
	'blog:error:revision_not_found' => 'No se puede encontrar esta revisi&oacute;n.',

	// river
	'river:object:blog:create' => '%s Publico una entrada de blog %s',
	'river:object:blog:comment' => '%s Comento en el blog %s',

	// notifications
	'blog:notify:summary' => 'Nueva entrada en el blog llamado: %s',
	'blog:notify:subject' => 'Nuevo blog: %s',

	// widget
	'widgets:blog:name' => 'Entradas del blog',
	'widgets:blog:description' => 'Mostrar tus ultimas entradas del blog',
	'blog:moreblogs' => 'M&aacute;s entradas',
	'blog:numbertodisplay' => 'N&uacute;mero de entradas a mostrar',
);
