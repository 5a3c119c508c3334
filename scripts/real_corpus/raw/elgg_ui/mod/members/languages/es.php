<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	'members:label:online' => 'En linea',
	'members:search' => 'Buscar miembros',
	'members:total' => 'Total de miembros: %s',
	'collection:user:user:all' => 'Todos los miembros',
	'members:title:newest' => 'Nuevos miembros',
	'collection:user:user:popular' => 'Miembros más populares',
	'collection:user:user:online' => 'Miembros en línea',
	'members:title:alpha' => 'Todos los miembros',
	'members:list:popular:none' => 'Ningún miembro tiene amigos',
);
