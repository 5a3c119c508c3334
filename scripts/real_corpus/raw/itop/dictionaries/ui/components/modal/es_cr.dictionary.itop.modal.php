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
	'UI:Modal:Confirmation:DefaultTitle' => 'Confirmation~~',
	'UI:Modal:Informative:Title' => 'Informative Modal~~',
	'UI:Modal:InformativeError:Title' => 'Error~~',
	'UI:Modal:InformativeInformation:Title' => 'Information~~',
	'UI:Modal:InformativeSuccess:Title' => 'Success~~',
	'UI:Modal:InformativeWarning:Title' => 'Warning~~',
]);
