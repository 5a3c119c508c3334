<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'go_to_page' => 'Ver página de episodios',
    'dashboard' => 'Panel de episodios',
    'episode-view' => 'Inicio',
    'episode-edit' => 'Editar episodio',
    'episode-persons-manage' => 'Administrar personas',
    'embed-add' => 'Reproductor embebido',
    'clips' => 'Recortes',
    'video-clips-list' => 'Recortes de vídeo',
    'video-clips-create' => 'Nuevo recorte de video',
    'soundbites-list' => 'Fragmentos de sonido',
    'soundbites-create' => 'Nuevo fragmento de sonido',
];
