<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	'item:object:file' => 'Archivo',
	'collection:object:file' => 'Archivos',
	
	'collection:object:file:all' => "Archivos de todo el sitio",
	'collection:object:file:owner' => "Archivos de %s",
	'collection:object:file:friends' => "Archivos de amigos",
	'collection:object:file:group' => "Archivos de los Grupos",
	'add:object:file' => "Subir un archivo",
	'edit:object:file' => "Editar archivo",
	
	'file:more' => "Mover archivo",
	'file:list' => "Listar archivos",

	'file:num_files' => "N&uacute;mero de archivos a mostrar",
	'file:replace' => 'Reemplazar los contenidos del archivo (deja en blanco para no cambiar el archivo)',
	'file:list:title' => "%s's %s %s",

	'file:file' => "Archivo",

	'file:list:list' => 'Cambiar a vista de lista',
	'file:list:gallery' => 'Cambiar a vista de galer&iacute;a',

	'file:type:' => 'Archivos',
	'file:type:all' => "Todos los archivos",
	'file:type:video' => "Videos",
	'file:type:document' => "Documentos",
	'file:type:audio' => "Audio",
	'file:type:image' => "Im&aacute;genes",
	'file:type:general' => "General",

	'file:user:type:video' => "Videos de %s",
	'file:user:type:document' => "Documentos de %s",
	'file:user:type:audio' => "Archivos de audio de %s",
	'file:user:type:image' => "Im&aacute;genes de %s",
	'file:user:type:general' => "Archivos de %s",

	'file:friends:type:video' => "Videos de tus amigos",
	'file:friends:type:document' => "Documentos de tus amigos",
	'file:friends:type:audio' => "Archivos de audio de tus amigos",
	'file:friends:type:image' => "Im&aacute;genes de tus amigos",
	'file:friends:type:general' => "Archivos de tus amigos",

	'widgets:filerepo:name' => "Widget de archivos",
	'widgets:filerepo:description' => "Presenta tus últimos archivos",

	'groups:tool:file' => 'Habilitar Archivos para los Grupos',

	'file:notify:summary' => 'Nuevo archivo llamado %s',
	'file:notify:subject' => 'Nuevo archivo: %s',

	/**
	 * Status messages
	 */

	/**
	 * Error messages
	 */

	'file:uploadfailed' => "No se pudo guardar el archivo.",
	'file:noaccess' => "No tienes permisos para modficar este archivo",
	'file:cannotload' => "Ha habido un error subiendo el archivo",
);
