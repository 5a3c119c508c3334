<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(

	'externalpages:upgrade:2026012301:title' => "Migrate Site Pages",
	'externalpages:upgrade:2026012301:description' => "Site Page entities are migrated to a single entity subtype",

	'item:object:external_page' => "Site Page",
	'collection:object:external_page' => "Site Pages",
	
	'admin:configure_utilities:external_pages' => "Site Pages",

	'add:object:external_page' => "Add a Site Page",
	'edit:object:external_page' => "Edit Site Page",
	
	/**
	 * Menu items and titles
	 */
	'menu:external_pages:header' => "Site pages",
	
	'external_pages:edit:viewpage' => "View page on site",
	'external_pages:about' => "About",
	'external_pages:terms' => "Terms",
	'external_pages:privacy' => "Privacy",
	'external_pages:contact' => "Contact",

	'external_pages:notset' => "This page has not been set up yet.",

	/**
	 * Status messages
	 */
	'entity:edit:object:external_page:success' => "The page was saved successfully",
	'entity:delete:object:external_page:success' => "The page was deleted.",
);
