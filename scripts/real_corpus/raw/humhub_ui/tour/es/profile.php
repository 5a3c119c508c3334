<?php

return [
    '<strong>Administration (Modules)</strong>' => '<strong>Administración (Módulos)</strong>',
    '<strong>Edit</strong> account' => '<strong>Editar</strong> cuenta',
    '<strong>Hurray!</strong> The End.' => '<strong>¡Hurra!</strong> El final.',
    '<strong>Hurray!</strong> You\'re done!' => '<strong>¡Hurra!</strong> ¡Lo has terminado!',
    '<strong>Profile</strong> menu' => 'Menú del <strong>perfil</strong>',
    '<strong>Profile</strong> photo' => 'Fotos del <strong>perfil</strong>',
    '<strong>Profile</strong> stream' => 'Estados del <strong>perfil</strong>',
    '<strong>User profile</strong>' => '<strong>Perfil de usuario</strong>',
    'Click on this button to update your profile and account settings. You can also add more information to your profile.' => 'Haz click en este botón para actualizar los ajustes de tu perfil y de tu cuenta. También puedes añadir más información a tu perfil.',
    'Each profile has its own pin board. Your posts will also appear on the dashboards of those users who are following you.' => 'Cada perfil tiene también sus posts. Tus posts también aparecerán en las pantallas de inicio de aquellos usuarios que te sigan.',
    'This is your public user profile, which can be seen by any registered user.' => 'Este es tu perfil de usuario público, que puede ser visto por cualquier usuario registrado.',
    'Upload a new profile photo by simply clicking here or by drag&drop. Do just the same for updating your cover photo.' => 'Sube una nueva foto de perfil simplemente haciendo click aquí o arrastrándola. Haz lo mismo para actualizar tu foto de portada.',
    'You\'ve completed the user profile guide!' => '¡Has completado la guía del perfil de usuario!',
    'You\'ve completed the user profile guide!<br><br>To carry on with the administration guide, click here:<br /><br />' => '¡Has completado la guía del perfil de usuario!<br><br>Para seguir con la guía de administración, haz click aquí:<br /><br />',
    'Just like in the space, the user profile can be personalized with various modules.<br><br>You can see which modules are available for your profile by looking them in "Modules" in the account settings menu.' => '',
];
