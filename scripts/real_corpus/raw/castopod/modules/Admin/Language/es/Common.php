<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'yes' => 'Si',
    'no' => 'No',
    'cancel' => 'Cancelar',
    'optional' => 'Opcional',
    'more' => 'Más',
    'no_data' => '¡No se encontraron datos!',
    'close' => 'Cerrar',
    'edit' => 'Editar',
    'copy' => 'Copiar',
    'copied' => '¡Copiado!',
    'home' => 'Inicio',
    'explicit' => 'Explícito',
    'powered_by' => 'Desarrollado por {castopod}',
    'actions' => 'Acciones',
    'pageInfo' => 'Página {currentPage} de {pageCount}',
    'go_back' => 'Volver atrás',
    'forms' => [
        'editor' => [
            'write' => 'Escribir',
            'preview' => 'Vista previa',
            'help' => 'Desarrollado por markdown',
        ],
        'multiSelect' => [
            'selectText' => 'Pulse para seleccionar',
            'loadingText' => 'Cargando…',
            'noResultsText' => '¡No se encontraron resultados!',
            'noChoicesText' => 'No hay opciones de las que elegir',
            'maxItemText' => 'No puede añadir más elementos',
        ],
        'upload_file' => 'Subir un archivo',
        'remote_url' => 'URL remoto',
        'save' => 'Save',
    ],
    'play_episode_button' => [
        'play' => 'Reproducir',
        'playing' => 'Reproduciendo',
    ],
    'size_limit' => 'Límite de tamaño: {0}.',
    'choose_interact' => 'Elegir cómo interactuar',
    'view' => 'Ver',
];
