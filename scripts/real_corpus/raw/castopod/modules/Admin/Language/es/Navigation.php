<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'toggle_sidebar' => 'Ocultar/mostrar barra lateral',
    'go_to_website' => 'Ir al sitio web',
    'go_to_admin' => 'Ir al panel de administración',
    'not-authorized' => 'Not authorized',
    'dashboard' => 'Panel de control',
    'admin' => 'Inicio',
    'podcasts' => 'Podcasts',
    'podcast-list' => 'Todos los podcasts',
    'podcast-create' => 'Nuevo podcast',
    'all-podcast-imports' => 'All Podcast imports',
    'podcast-imports-add' => 'Import a podcast',
    'persons' => 'Personas',
    'person-list' => 'Todas las personas',
    'person-create' => 'Nueva persona',
    'fediverse' => 'Fediverso',
    'fediverse-blocked-actors' => 'Cuentas bloqueadas',
    'fediverse-blocked-domains' => 'Dominios bloqueados',
    'users' => 'Usuarios',
    'user-list' => 'Todos los usuarios',
    'user-create' => 'Nuevo usuario',
    'pages' => 'Páginas',
    'page-list' => 'Todas las páginas',
    'page-create' => 'Página nueva',
    'settings' => 'Configuración',
    'settings-general' => 'General',
    'settings-theme' => 'Tema',
    'admin-about' => 'About',
    'account' => [
        'my-account' => 'Mi cuenta',
        'change-password' => 'Cambiar contraseña',
        'logout' => 'Cerrar sesión',
    ],
];
