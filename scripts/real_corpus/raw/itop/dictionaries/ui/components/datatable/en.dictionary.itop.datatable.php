<?php
/**
 * Copyright (C) 2013-2024 Combodo SAS
 *
 * This file is part of iTop.
 *
 * iTop is free software; you can redistribute it and/or modify
 * it under the terms of the GNU Affero General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * iTop is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU Affero General Public License for more details.
 *
 * You should have received a copy of the GNU Affero General Public License
 */

// Display DataTable
Dict::Add('EN US', 'English', 'English', array(
	'UI:Datatables:Language:Processing'            => 'Please wait...',
	'UI:Datatables:Language:LengthMenu'            => '_MENU_ per page',
	'UI:Datatables:Language:ZeroRecords'           => 'No result',
	'UI:Datatables:Language:Info'                  => '_TOTAL_ item(s)',
	'UI:Datatables:Language:InfoEmpty'             => 'No information',
	'UI:Datatables:Language:EmptyTable'            => 'No data available in this table',
	'UI:Datatables:Language:Error'                 => 'An error occurred while running the query',
	'UI:Datatables:Language:DisplayLength:All'     => 'All',
	'UI:Datatables:Language:Sort:Ascending'        => 'enable for an ascending sort',
	'UI:Datatables:Language:Sort:Descending'       => 'enable for a descending sort',
	'UI:Datatables:Column:RowActions:Label'        => '',
	'UI:Datatables:Column:RowActions:Description'  => '',
	'UI:Datatables:RowActions:ConfirmationDialog'  => 'Action Confirmation',
	'UI:Datatables:RowActions:ConfirmationMessage' => 'Do you confirm action ?',
));