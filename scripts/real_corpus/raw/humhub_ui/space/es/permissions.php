<?php
return array (
  'Allows the user to create private content' => 'Permitir que el usuario cree contenido privado',
  'Allows the user to create public content' => 'Permitir que el usuario cree contenido público',
  'Allows the user to invite new members to the space' => 'Permitir que el usuario invite a nuevos miembros a este espacio',
  'Can Access \'Spaces\'' => 'Puede acceder a \'Espacios\'',
  'Can access the \'Spaces\' section.' => 'Puede acceder a la sección \'Espacios\'.',
  'Can create Spaces visible to all members.' => 'Puede crear espacios públicos visibles (listados en el directorio).',
  'Can create hidden (private) Spaces.' => 'Puede crear Espacios ocultos (privados).',
  'Create Private Spaces' => 'Crear espacio privado',
  'Create Public Spaces' => 'Crear espacio público',
  'Create private content' => 'Crear contenido privado',
  'Create public content' => 'Crear contenido público',
  'Invite users' => 'Invitar a usuarios',
);
