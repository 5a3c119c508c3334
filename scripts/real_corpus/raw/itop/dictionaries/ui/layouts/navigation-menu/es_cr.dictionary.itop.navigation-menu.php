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
	'UI:Layout:NavigationMenu:CompanyLogo:AltText' => 'Logotipo de la Compañia',
	'UI:Layout:NavigationMenu:KeyboardShortcut:FocusFilter' => 'Filtrar entradas del menú',
	'UI:Layout:NavigationMenu:MenuFilter:Input:Hint' => 'Se mostrarán las coincidencias de todos los grupos del menú',
	'UI:Layout:NavigationMenu:MenuFilter:Input:Placeholder' => 'Filtrar...',
	'UI:Layout:NavigationMenu:MenuFilter:Input:Tooltip' => 'Escriba sus palabras clave para filtrar los menús',
	'UI:Layout:NavigationMenu:MenuFilter:Placeholder:Hint' => 'No hay resultados para este filtro de menú',
	'UI:Layout:NavigationMenu:Silo:Label' => 'Seleccione la organización para filtrar',
	'UI:Layout:NavigationMenu:Toggler:Tooltip' => 'Expandir / Contraer',
	'UI:Layout:NavigationMenu:Toggler:TooltipWithSiloLabel' => 'Expandir / Contraer (Filtrado por %1$s)',
	'UI:Layout:NavigationMenu:UserInfo:Picture:AltText' => 'Foto de contacto de %1$s',
	'UI:Layout:NavigationMenu:UserInfo:WelcomeMessage:Text' => '!Hola %1$s!',
	'UI:Layout:NavigationMenu:UserMenu:Toggler:Label' => 'Abrir menú de usuario',
]);
