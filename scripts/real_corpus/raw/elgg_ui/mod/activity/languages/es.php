<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	'widgets:river_widget:name' => "Actividad",
	'widgets:river_widget:description' => "Mostrar ultima actividad",
	'widgets:river_widget:type' => "Tipo de actividad",
	'widgets:river_widget:friends' => 'Actividad de los amigos',
	'widgets:river_widget:all' => 'Toda la actividad',

	'widgets:group_activity:name' => 'Actividad de grupo',
	'widgets:group_activity:description' => 'Ver la actividad en uno de tus grupos',
	'widgets:group_activity:edit:select' => 'Selecciona un grupo',
	'widgets:group_activity:content:noactivity' => 'No hay actividad en este grupo',
	'widgets:group_activity:content:noselect' => 'Edita este widget para seleccionar un grupo',
	
	'collection:river' => "Actividad",
	'collection:river:group' => "Actividad de grupo",
	'groups:tool:activity' => 'Activar actividad de grupo',
);
