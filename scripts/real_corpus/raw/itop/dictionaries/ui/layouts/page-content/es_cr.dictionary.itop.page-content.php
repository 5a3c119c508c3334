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
	'UIBlock:Error:CannotGetBlocks' => 'No se pudieron recuperar bloques del área de contenido "%1$s", ya que parece existir para el contenido de la página "%2$s"',
]);
