<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	'annotation:delete:likes:fail' => "Hubo un problema al quitar el Like",
	'annotation:delete:likes:success' => "Tu Like ha sido removido",
	'likes:deleted' => 'Tu Like ha sido removido',
	'likes:see' => 'Ver a quienes les gusta esto',
	'likes:remove' => 'Ya no me gusta',
	'likes:notdeleted' => 'Hubo un problema al quitar el Like',
	'likes:likes' => 'Te gusta este elemento',
	'likes:failure' => 'Hubo un problema al marcar que te gusta este elemento',
	'likes:alreadyliked' => 'Ya has indicado que te gusta este elemento',
	'likes:notfound' => 'El elemento que tratas de marcar no est&aacute; disponnible',
	'likes:likethis' => 'Me gusta esto',
	'likes:userlikedthis' => '%s like',
	'likes:userslikedthis' => '%s likes',
	'likes:river:annotate' => 'likes',

	// notifications. yikes.
	'likes:notifications:subject' => '%s Me gusta en tu post "%s"',
);
