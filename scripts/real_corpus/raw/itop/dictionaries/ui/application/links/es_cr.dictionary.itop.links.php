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
	'UI:Links:Add:Button' => 'Add~~',
	'UI:Links:Add:Button+' => 'Add a %4$s~~',
	'UI:Links:Add:Modal:Title' => 'Add a %4$s to %2$s~~',
	'UI:Links:Bulk:LinkExistForAllObjects' => 'All objets are already linked~~',
	'UI:Links:Bulk:LinkExistForOneObject' => 'One object is linked~~',
	'UI:Links:Bulk:LinkExistForXObjects' => '{count} objects are linked~~',
	'UI:Links:Bulk:LinkWillBeCreatedFor1Object' => 'Add to one object~~',
	'UI:Links:Bulk:LinkWillBeCreatedForAllObjects' => 'Add to all objects~~',
	'UI:Links:Bulk:LinkWillBeCreatedForXObjects' => 'Add {count} objects~~',
	'UI:Links:Bulk:LinkWillBeDeletedFrom1Object' => 'Remove from one object~~',
	'UI:Links:Bulk:LinkWillBeDeletedFromAllObjects' => 'Remove from all objects~~',
	'UI:Links:Bulk:LinkWillBeDeletedFromXObjects' => 'Remove {count} objects~~',
	'UI:Links:Create:Button' => 'Create~~',
	'UI:Links:Create:Button+' => 'Create a %4$s~~',
	'UI:Links:Create:Modal:Title' => 'Create a %4$s in %2$s~~',
	'UI:Links:Delete:Button' => 'Delete~~',
	'UI:Links:Delete:Button+' => 'Delete this %4$s~~',
	'UI:Links:Delete:Modal:Message' => 'Do you really want to delete %5$s?~~',
	'UI:Links:Delete:Modal:Title' => 'Delete a %4$s~~',
	'UI:Links:ModifyLink:Button' => 'Modify~~',
	'UI:Links:ModifyLink:Button+' => 'Modify this link~~',
	'UI:Links:ModifyLink:Modal:Title' => 'Modify the link between %2$s and %5$s~~',
	'UI:Links:ModifyObject:Button' => 'Modify~~',
	'UI:Links:ModifyObject:Button+' => 'Modify this object~~',
	'UI:Links:ModifyObject:Modal:Title' => '%5$s~~',
	'UI:Links:NewItem' => 'New item~~',
	'UI:Links:Object:New:Modal:Title' => 'Create an object~~',
	'UI:Links:Remove:Button' => 'Remove~~',
	'UI:Links:Remove:Button+' => 'Remove this %4$s~~',
	'UI:Links:Remove:Modal:Message' => 'Do you really want to remove %5$s from %2$s?~~',
	'UI:Links:Remove:Modal:Title' => 'Remove a %4$s from its %1$s~~',
]);
