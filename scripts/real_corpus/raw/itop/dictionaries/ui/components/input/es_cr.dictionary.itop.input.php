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
	'UI:Component:Input:ChangeNotAllowed' => 'This change is not allowed~~',
	'UI:Component:Input:Password:DoesNotMatch' => 'No coincide la contraseña',
	'UI:Component:Input:Set:MinimumItems' => 'Minimum %1$s item(s) required~~',
]);
