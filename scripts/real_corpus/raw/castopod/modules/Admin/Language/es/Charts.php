<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'by_service_weekly' => 'Episodios descargados por servicio (para la semana pasada)',
    'by_player_weekly' => 'Episodios descargados por reproductor (para la semana pasada)',
    'by_player_yearly' => 'Episodios descargados por reproductor (para el año pasado)',
    'by_device_weekly' => 'Episodios descargados por dispositivo (para la semana pasada)',
    'by_os_weekly' => 'Episodios descargados por O.S. (para la semana pasada)',
    'podcast_by_region' => 'Episodios descargados por región (para la semana pasada)',
    'unique_daily_listeners' => 'Oyentes únicos diarios',
    'unique_monthly_listeners' => 'Oyentes únicos mensuales',
    'by_browser' => 'Uso de páginas Web por navegador (para la semana pasada)',
    'podcast_by_day' => 'Descargas diarias de episodio',
    'podcast_by_month' => 'Descargas mensuales del episodio',
    'episode_by_day' => 'Descargas diarias de episodio (primeros 60 días)',
    'episode_by_month' => 'Descargas mensuales del episodio',
    'episodes_by_day' =>
        'Últimas 5 descargas de episodios (durante sus primeros 60 días)',
    'by_country_weekly' => 'Descargas del episodio por país (durante la semana pasada)',
    'by_country_yearly' => 'Episodios descargados por país (para la semana pasada)',
    'by_domain_weekly' => 'Páginas web vistas por origen (para la semana pasada)',
    'by_domain_yearly' => 'Páginas web vistas por origen (para la semana pasada)',
    'by_entry_page' => 'Páginas web visitas por página principal (para la semana pasada)',
    'podcast_bots' => 'Bots (rastreadores)',
    'daily_listening_time' => 'Tiempo de escucha diario acumulado',
    'monthly_listening_time' => 'Tiempo de escucha mensual acumulado',
    'by_weekday' => 'Por día de semana (para los últimos 60 días)',
    'by_hour' => 'Por hora del día (para los últimos 60 días)',
    'podcast_by_bandwidth' => 'Ancho de banda diario usado (en MB)',
    'total_storage_by_month' => 'Almacenamiento mensual (en MB)',
    'total_bandwidth_by_month' => 'Ancho de banda mensual usado (en MB)',
    'total_bandwidth_by_month_limit' => 'Limitado a {totalBandwidth} al mes',
];
