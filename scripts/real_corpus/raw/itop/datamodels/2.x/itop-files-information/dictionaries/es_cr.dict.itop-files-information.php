<?php
/**
 * Localized data
 *
 * @copyright Copyright (C) 2010-2024 Combodo SAS
 * @license    https://opensource.org/licenses/AGPL-3.0
 * 
 */
/**
 * @author Miguel Turrubiates <miguel_tf@yahoo.com>
 *
 */
Dict::Add('ES CR', 'Spanish', 'Español, Castellano', [
	'FilesInformation:Error:CantWriteToFile' => 'No se puede escribir al archivo %1$s',
	'FilesInformation:Error:CorruptedFile' => 'El archivo %1$s está corrupto',
	'FilesInformation:Error:ListCorruptedFile' => 'File(s) corrupted: %1$s ~~',
	'FilesInformation:Error:MissingFile' => 'Archivo faltante: %1$s',
]);
