<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'back_to_home' => 'Volver al inicio',
    'page' => 'Página',
    'all_pages' => 'Todas las páginas',
    'create' => 'Nueva página',
    'go_to_page' => 'Ir a la página',
    'edit' => 'Editar página',
    'delete' => 'Eliminar página',
    'form' => [
        'title' => 'Título',
        'permalink' => 'Enlace permanente',
        'content' => 'Contenido',
        'submit_create' => 'Crear página',
        'submit_edit' => 'Guardar',
    ],
    'messages' => [
        'createSuccess' => '¡La página “{pageTitle}” fue creada con éxito!',
        'editSuccess' => 'La página se ha actualizado correctamente!',
    ],
];
