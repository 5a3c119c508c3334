<?php
/**
 * Localized data
 *
 * @copyright Copyright (C) 2010-2024 Combodo SAS
 * @license    https://opensource.org/licenses/AGPL-3.0
 * 
 */
/**
 * @author Benjamin Planque <benjamin.planque@combodo.com>
 *
 */
Dict::Add('ES CR', 'Spanish', 'Español, Castellano', [
	'Brick:Portal:ClosedRequests:Title' => 'Requerimientos Cerrados',
	'Brick:Portal:ListAllRequests:Tab' => 'On-going and closed~~',
	'Brick:Portal:ListAllRequests:Title' => 'All requests~~',
	'Brick:Portal:ListAllRequests:Title+' => '<p>View all requests regardless of their status.</p>~~',
	'Brick:Portal:NewRequest:Title' => 'Nuevo Requerimiento',
	'Brick:Portal:NewRequest:Title+' => '¿Necesita ayuda? Elija del catálogo de servicios y envíe su requerimiento a nuestros equipos de soporte.',
	'Brick:Portal:OngoingRequests:Tab:OnGoing' => 'En proceso',
	'Brick:Portal:OngoingRequests:Tab:Resolved' => 'Solucionado',
	'Brick:Portal:OngoingRequests:Title' => 'Requerimientos en Proceso',
	'Brick:Portal:OngoingRequests:Title+' => 'Revise sus requerimientos en proceso. Compruebe el progreso, agregue comentarios, adjunte documentos, entienda la solución. </ P>',
	'Brick:Portal:SearchInAllRequests:Title' => 'Search in all requests~~',
	'Brick:Portal:SearchInAllRequests:Title+' => '<p>Regardless of their status.</p>~~',
	'Brick:Portal:UserProfile:Title' => 'Mi perfil',
	'Page:DefaultTitle' => 'ITop - Portal de Usuario',
	'portal:itop-portal' => 'Portal de Usuario',
]);
