<?php
/**
 * Localized data
 *
 * @copyright Copyright (C) 2010-2024 Combodo SAS
 * @license    https://opensource.org/licenses/AGPL-3.0
 * 
 */
/**
 *
 */
Dict::Add('ES CR', 'Spanish', 'Español, Castellano', [
	'UI:Component:GlobalSearch:HistoryDisabled' => 'El historial está deshabilitado',
	'UI:Component:GlobalSearch:Input:Placeholder' => 'Búsqueda...',
	'UI:Component:GlobalSearch:KeyboardShortcut:OpenDrawer' => 'Abrir búsqueda global',
	'UI:Component:GlobalSearch:LastQueries:NoQuery:Placeholder' => 'Aún no ha realizado ninguna búsqueda',
	'UI:Component:GlobalSearch:Recents:Title' => 'Recientes',
	'UI:Component:GlobalSearch:Tooltip' => 'Buscar en toda la aplicación',
]);
