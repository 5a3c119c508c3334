<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(

	/**
	 * Menu items and titles
	 */
	
	'expages:edit:viewpage' => "Ver página en el sitio",
	'expages:about' => "Acerca de",
	'expages:terms' => "T&eacute;rminos",
	'expages:privacy' => "Privacidad",
	'expages:contact' => "Contacto",

	'expages:notset' => "Esta p&aacute;gina no ha sido creada a&uacute;n.",

	/**
	 * Status messages
	 */
	'expages:posted' => "La p&aacute;gina ha sido guardada correctamente.",
	'expages:error' => "No se pudo guardar la p&aacute;gina.",
);
