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
	'UI:Component:QuickCreate:HistoryDisabled' => 'El historial está deshabilitado',
	'UI:Component:QuickCreate:Input:Placeholder' => 'Seleccionar tipo de objeto...',
	'UI:Component:QuickCreate:KeyboardShortcut:OpenDrawer' => 'Abrir creación rápida',
	'UI:Component:QuickCreate:LastClasses:NoClass:Placeholder' => 'Aún no has creado ningún objeto.',
	'UI:Component:QuickCreate:Recents:Title' => 'Recientes',
	'UI:Component:QuickCreate:Tooltip' => 'Crear rápidamente cualquier tipo de objeto',
]);
