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
	'UI:Datatables:Column:RowActions:Description' => '~~',
	'UI:Datatables:Column:RowActions:Label' => '~~',
	'UI:Datatables:Language:DisplayLength:All' => 'Todos',
	'UI:Datatables:Language:EmptyTable' => 'Sin datos disponibles en esta tabla',
	'UI:Datatables:Language:Error' => 'Un error ocurrió mientras se ejecutaba la consulta',
	'UI:Datatables:Language:Info' => '_TOTAL_ elemento(s)',
	'UI:Datatables:Language:InfoEmpty' => 'Sin información',
	'UI:Datatables:Language:LengthMenu' => '_MENU_ por página',
	'UI:Datatables:Language:Processing' => 'Por favor espere...',
	'UI:Datatables:Language:Sort:Ascending' => 'habilitar ordenamiento ascendente',
	'UI:Datatables:Language:Sort:Descending' => 'habilitar ordenamiento descendente',
	'UI:Datatables:Language:ZeroRecords' => 'Sin Resultados',
	'UI:Datatables:RowActions:ConfirmationDialog' => 'Action Confirmation~~',
	'UI:Datatables:RowActions:ConfirmationMessage' => 'Do you confirm action ?~~',
]);
