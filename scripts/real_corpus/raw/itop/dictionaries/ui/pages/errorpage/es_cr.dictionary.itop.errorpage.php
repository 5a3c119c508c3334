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
	'UI:ErrorPage:KittyDisclaimer' => 'Ningún gatito resultó herido durante la realización de este GIF y lanzamiento.

- El Equipo de I&amp;D',
	'UI:ErrorPage:UnstableVersion' => 'Está utilizando una versión inestable que puede incluir errores. Si cree que este error ocurrió debido a esto, ¡envíenos sus comentarios!',
]);
