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
	'UI:Layout:ObjectDetails:DatamodelSchemaLink:Tooltip' => 'Class data model schema~~',
	'UI:Layout:ObjectDetails:KeyboardShortcut:DeleteObject' => 'Borrar objeto mostrado',
	'UI:Layout:ObjectDetails:KeyboardShortcut:EditObject' => 'Editar objeto mostrado',
	'UI:Layout:ObjectDetails:KeyboardShortcut:NewObject' => 'Crear un nuevo objeto (con la misma clase que el objeto mostrado)',
	'UI:Layout:ObjectDetails:KeyboardShortcut:SaveObject' => 'Guardar objeto mostrado',
	'UI:Layout:ObjectDetails:New:Modal:Title' => 'Creation of an object~~',
]);
