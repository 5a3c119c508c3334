<?php
/**
 * @copyright   Copyright (C) 2010-2024 Combodo SAS
 * @license     http://opensource.org/licenses/AGPL-3.0
 */

Dict::Add('EN US', 'English', 'English', [
	'UI:Layout:ObjectDetails:KeyboardShortcut:EditObject' => 'Edit displayed object',
	'UI:Layout:ObjectDetails:KeyboardShortcut:DeleteObject' => 'Delete displayed object',
	'UI:Layout:ObjectDetails:KeyboardShortcut:NewObject' => 'Create a new object (with same class as displayed object)',
	'UI:Layout:ObjectDetails:KeyboardShortcut:SaveObject' => 'Save displayed object',
	'UI:Layout:ObjectDetails:New:Modal:Title' => 'Creation of an object',
	'UI:Layout:ObjectDetails:DatamodelSchemaLink:Tooltip' => 'Class data model schema',
]);
