<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	'item:object:reported_content' => 'Elementos reportados',
	
	'admin:administer_utilities:reportedcontent' => 'Contenido reportado',
	
	'reportedcontent' => 'Contenido reportado',
	'reportedcontent:this' => 'Reportar esto',
	'reportedcontent:this:tooltip' => 'Reportar esta p&aacute;gina',
	'reportedcontent:report' => 'Reportar',
	'reportedcontent:archive' => 'Reportes archivados',
	'reportedcontent:archived' => 'El reporta ha sido archivado',
	'reportedcontent:description' => '&iquest;Por qu&eacute; deseas reportar esto?',
	'reportedcontent:address' => 'Ubicaci&oacute;n del elemento',
	'reportedcontent:success' => 'Tu reporte ha sido enviado',
	'reportedcontent:numbertodisplay' => 'N&uacute;mero de reportes a mostrar',
	'reportedcontent:user' => 'Reportar usuario',
	
	'reportedcontent:failed' => 'No se pudo enviar el reporte.',
	'reportedcontent:notarchived' => 'No se pudo archivar el reporte',
	
	'widgets:reportedcontent:name' => 'Contenido reportado',
	'widgets:reportedcontent:description' => 'Mostrar contenido reportado',
);
