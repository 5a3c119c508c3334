<?php
return array (
  'Space has been archived' => 'Este espacio ha sido archivado',
  'Space has been unarchived' => 'Este espacio ha sido sacado del archivo',
  'Space member joined' => 'Se ha unido un nuevo miembro a este espacio',
  'Space member left' => 'Un miembro ha abandonado este espacio',
  'Whenever a member leaves one of your spaces.' => 'Cuando un miembro abandona uno de sus espacios.',
  'Whenever a new member joined one of your spaces.' => 'Cuando un nuevo miembro se une a uno de sus espacios.',
  'Whenever a space is archived.' => 'Cuando un espacio se archive',
  'Whenever a space is unarchived.' => 'Cuando un espacio se saque del archivo',
);
