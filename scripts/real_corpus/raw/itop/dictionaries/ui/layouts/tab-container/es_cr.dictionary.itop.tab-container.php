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
	'UI:Layout:TabContainer:ExtraTabsListToggler:Label' => 'Otras pestañas',
	'UIBlock:Error:AddBlockNotTabForbidden' => 'No se puede agregar el bloque %1$s a %2$s (solo se permiten bloques de pestañas)',
	'UIBlock:TabContainer:RemoteTabLoad' => 'Dar click para cargar esta pestaña',
]);
