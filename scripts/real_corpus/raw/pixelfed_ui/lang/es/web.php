<?php

return [

	'common' => [
		'comment' => 'Comentario',
		'commented' => 'Comentado',
		'comments' => 'Comentarios',
		'like' => 'Me gusta',
		'liked' => 'Te gusta',
		'likes' => 'Me gustas',
		'share' => 'Compartir',
		'shared' => 'Compartido',
		'shares' => 'Compartidos',
		'unshare' => 'No compartir',

		'cancel' => 'Cancelar',
		'copyLink' => 'Copiar Enlace',
		'delete' => 'Eliminar',
		'error' => 'Error',
		'errorMsg' => 'Algo fue mal. Por favor inténtelo de nuevo más tarde.',
		'oops' => 'Upss!',
		'other' => 'Otros',
		'readMore' => 'Ver más',
		'success' => 'Correcto',

		'sensitive' => 'Sensible',
		'sensitiveContent' => 'Contenido Sensible',
		'sensitiveContentWarning' => 'Este post podría tener contenido sensible',
	],

	'site' => [
		'terms' => 'Términos de Uso',
		'privacy' => 'Política de Privacidad',
	],

	'navmenu' => [
		'search' => 'Buscar',
		'admin' => 'Panel de Administrador',

		// Timelines
		'homeFeed' => 'Feed Principal',
		'localFeed' => 'Feed Local',
		'globalFeed' => 'Feed Global',

		// Core features
		'discover' => 'Descubre',
		'directMessages' => 'Mensajes Directos',
		'notifications' => 'Notificaciones',
		'groups' => 'Grupos',
		'stories' => 'Historias',

		// Self links
		'profile' => 'Perfil',
		'drive' => 'Multimedia',
		'settings' => 'Ajustes',
		'compose' => 'Crear Nuevo',
		'logout' => 'Logout',

		// Nav footer
		'about' => 'Acerca de',
		'help' => 'Ayuda',
		'language' => 'Idioma',
		'privacy' => 'Privacidad',
		'terms' => 'Términos',

		// Temporary links
		'backToPreviousDesign' => 'Volver al diseño anterior'
	],

	'directMessages' => [
		'inbox' => 'Entrada',
		'sent' => 'Enviado',
		'requests' => 'Solicitudes'
	],

	'notifications' => [
		'liked' => 'le gustó tu',
		'commented' => 'comentó en tu',
		'reacted' => 'reaccionó a tu',
		'shared' => 'ha compartido tu',
		'tagged' => 'te ha etiquetado en',

		'updatedA' => 'actualizó una',
		'sentA' => 'envió un',

		'followed' => 'te siguió',
		'mentioned' => 'te mencionó',
		'you' => 'tú',

		'yourApplication' => 'Tu solicitud para unirse',
		'applicationApproved' => 'ha sido aprobada!',
		'applicationRejected' => 'ha sido rechazada. Puedes volver a solicitar unirte en 6 meses.',

		'dm' => 'md',
		'groupPost' => 'publicación de grupo',
		'modlog' => 'modlog',
		'post' => 'publicación',
		'story' => 'historia',
	],

	'post' => [
		'shareToFollowers' => 'Compartir a seguidores',
		'shareToOther' => 'Compartir a otros',
		'noLikes' => 'No hay me gustas',
		'uploading' => 'Subiendo',
	],

	'profile' => [
		'posts' => 'Publicaciones',
		'followers' => 'Seguidores',
		'following' => 'Siguiendo',
		'admin' => 'Administrador',
		'collections' => 'Colecciones',
		'follow' => 'Seguir',
		'unfollow' => 'Dejar de seguir',
		'editProfile' => 'Editar Perfil',
		'followRequested' => 'Seguimiento Solicitado',
		'joined' => 'Se unió',

		'emptyCollections' => 'We can\'t seem to find any collections',
		'emptyPosts' => 'We can\'t seem to find any posts',
	],

	'menu' => [
		'viewPost' => 'Ver Publicación',
		'viewProfile' => 'Ver Perfil',
		'moderationTools' => 'Herramientas de Moderación',
		'report' => 'Reportar',
		'archive' => 'Archivar',
		'unarchive' => 'No Archivar',
		'embed' => 'Incrustar',

		'selectOneOption' => 'Escoge una de las siguientes opciones',
		'unlistFromTimelines' => 'No listar en Líneas Temporales',
		'addCW' => 'Añadir Spoiler',
		'removeCW' => 'Quitar Spoiler',
		'markAsSpammer' => 'Marcar como Spammer',
		'markAsSpammerText' => 'No listar + Spoiler publicaciones actuales y futuras',
		'spam' => 'Spam',
		'sensitive' => 'Contenido Sensible',
		'abusive' => 'Abusivo o Dañino',
		'underageAccount' => 'Cuenta de Menor de Edad',
		'copyrightInfringement' => 'Violación de Copyright',
		'impersonation' => 'Suplantación',
		'scamOrFraud' => 'Scam o Fraude',
		'confirmReport' => 'Confirmar Reporte',
		'confirmReportText' => '¿Seguro que quieres reportar esta publicación?',
		'reportSent' => '¡Reporte enviado!',
		'reportSentText' => 'Hemos recibido tu reporte de forma satisfactoria.',
		'reportSentError' => 'Hubo un problema reportando esta publicación.',

		'modAddCWConfirm' => '¿Seguro que desea añadir un spoiler a esta publicación?',
		'modCWSuccess' => 'Spoiler añadido correctamente',
		'modRemoveCWConfirm' => '¿Seguro que desea eliminar el spoiler de esta publicación?',
		'modRemoveCWSuccess' => 'Spoiler eliminado correctamente',
		'modUnlistConfirm' => '¿Seguro que desea no listar esta publicación?',
		'modUnlistSuccess' => 'Publicación no listada correctamente',
		'modMarkAsSpammerConfirm' => '¿Seguro que quiere marcar este usuario como spammer? Todas las publicaciones existentes y futuras no serán listadas en las líneas temporales y se les agregará un Spoiler o alerta de contenido.',
		'modMarkAsSpammerSuccess' => 'Cuenta marcada como spam correctamente',

		'toFollowers' => 'a Seguidores',

		'showCaption' => 'Mostrar subtítulos',
		'showLikes' => 'Mostrar me gustas',
		'compactMode' => 'Modo Compacto',
		'embedConfirmText' => 'Usando este incrustado, usted acepta',

		'deletePostConfirm' => '¿Seguro que desea eliminar esta publicación?',
		'archivePostConfirm' => '¿Seguro que desea archivar esta publicación?',
		'unarchivePostConfirm' => '¿Seguro que desea desarchivar esta publicación?',
	],

	'story' => [
		'add' => 'Añadir Historia'
	],

	'timeline' => [
		'peopleYouMayKnow' => 'Gente que podrías conocer'
	],

	'hashtags' => [
		'emptyFeed' => 'We can\'t seem to find any posts for this hashtag'
	],

];
