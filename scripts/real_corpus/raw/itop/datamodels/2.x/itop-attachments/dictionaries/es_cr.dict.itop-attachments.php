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
	'Attachment:Max_Go' => '(Tamaño Máximo de Archivo: %1$s Gb)',
	'Attachment:Max_Ko' => '(Tamaño Máximo de Archivo: %1$s Kb)',
	'Attachment:Max_Mo' => '(Tamaño Máximo de Archivo: %1$s Mb)',
	'Attachments:AddAttachment' => 'Agregar Anexo: ',
	'Attachments:DeleteBtn' => 'Borrar',
	'Attachments:EmptyTabTitle' => 'Anexos',
	'Attachments:Error:FileTooLarge' => 'El archivo es demasiado grande para ser cargado. %1$s',
	'Attachments:Error:UploadedFileEmpty' => 'El archivo recibido está vacío y no puede ser anexado.
Puede ser que haya enviado un archivo vació,
o pregunte al administador de iTop si el servidor que ha quedado sin espacio en disco.',
	'Attachments:FieldsetTitle' => 'Anexos',
	'Attachments:File:Date' => 'Fecha de Carga',
	'Attachments:File:DownloadsCount' => 'Downloads~~',
	'Attachments:File:MimeType' => 'Tipo',
	'Attachments:File:Name' => 'Nombre de Archivo',
	'Attachments:File:Size' => 'Tamaño',
	'Attachments:File:Thumbnail' => 'Ícono',
	'Attachments:File:Uploader' => 'Cargado por',
	'Attachments:History_File_Added' => 'Anexo %1$s agregado.',
	'Attachments:History_File_Removed' => 'Anexo %1$s removido.',
	'Attachments:NoAttachment' => 'No hay Anexo. ',
	'Attachments:PreviewNotAvailable' => 'Vista preliminar no disponible para este tipo de Anexo.',
	'Attachments:Render:Icons' => 'Desplegar como icono',
	'Attachments:Render:Table' => 'Desplegar como lista',
	'Attachments:TabTitle_Count' => 'Anexos (%1$d)',
	'Attachments:UploadNotAllowedOnThisSystem' => 'La carga de archivos NO está permitida en este sistema.',
	'Class:Attachment' => 'Anexo',
	'Class:Attachment+' => 'Anexo',
	'Class:Attachment/Attribute:contact_id' => 'Id del Contacto',
	'Class:Attachment/Attribute:contact_id+' => '',
	'Class:Attachment/Attribute:contents' => 'Contenido',
	'Class:Attachment/Attribute:contents+' => '',
	'Class:Attachment/Attribute:creation_date' => 'Fecha de Creación',
	'Class:Attachment/Attribute:creation_date+' => '',
	'Class:Attachment/Attribute:expire' => 'Expira',
	'Class:Attachment/Attribute:expire+' => '',
	'Class:Attachment/Attribute:item_class' => 'Clase de Elemento',
	'Class:Attachment/Attribute:item_class+' => '',
	'Class:Attachment/Attribute:item_id' => 'Elemento',
	'Class:Attachment/Attribute:item_id+' => '',
	'Class:Attachment/Attribute:item_org_id' => 'Organización de Elemento',
	'Class:Attachment/Attribute:item_org_id+' => '',
	'Class:Attachment/Attribute:temp_id' => 'Id Temporal',
	'Class:Attachment/Attribute:temp_id+' => '',
	'Class:Attachment/Attribute:user_id' => 'Id del Usuario',
	'Class:Attachment/Attribute:user_id+' => '',
	'Class:TriggerOnAttachmentDownload' => 'Trigger (on object\'s attachment download)~~',
	'Class:TriggerOnAttachmentDownload+' => 'Trigger on object\'s attachment download of [a child class of] the given class~~',
	'UI:Attachments:DropYourFileHint' => 'Arrastre los archivos en cualquier lugar de esta área',
]);
