<?php
return array (
  '<strong>Profile</strong> modules' => 'Módulos del <strong>perfil</strong>',
  'Currently there are no modules available for you!' => 'En este momento no tienes módulos disponibles.',
  'Similar to Spaces, your personal profile also allows you to use modules. Please keep in mind that information you share on your profile is available to other users of the network.' => 'Igual que ocurre con los Espacios, tu perfil personal puede también utilizar módulos. Ten en cuenta que la información que compartas en tu perfil estará accesible a otros usuarios de la red.',
);
