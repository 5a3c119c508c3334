<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'go_to_page' => 'Ir a la página del podcast',
    'rss_feed' => 'RSS feed',
    'dashboard' => 'Panel de Podcast',
    'podcast-view' => 'Inicio',
    'podcast-edit' => 'Editar podcast',
    'podcast-persons-manage' => 'Administrar personas',
    'podcast-imports' => 'Podcast imports',
    'podcast-imports-sync' => 'Sync feeds',
    'episodes' => 'Episodios',
    'episode-list' => 'Todos los episodios',
    'episode-create' => 'Nuevo episodio',
    'analytics' => 'Estadísticas',
    'podcast-analytics' => 'Vista general del público',
    'podcast-analytics-webpages' => 'Visitas a páginas web',
    'podcast-analytics-locations' => 'Ubicaciones',
    'podcast-analytics-unique-listeners' => 'Oyentes únicos',
    'podcast-analytics-players' => 'Reproductores',
    'podcast-analytics-listening-time' => 'Tiempo de escucha',
    'podcast-analytics-time-periods' => 'Periodos de tiempo',
    'monetization' => 'Monetization',
    'subscription-list' => 'Todas las suscripciones',
    'subscription-create' => 'Add subscription',
    'contributors' => 'Colaboradores',
    'contributor-list' => 'Todos los colaboradores',
    'contributor-add' => 'Añadir colaborador',
    'broadcast' => 'Broadcast',
    'platforms-podcasting' => 'Podcasting apps',
    'platforms-social' => 'Redes sociales',
    'platforms-funding' => 'Funding links',
    'podcast-monetization-other' => 'Other',
];
