<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'title' => [
        'podcasting' => 'Podcasting platforms',
        'social' => 'Social networks',
        'funding' => 'Funding links',
    ],
    'website' => 'Website',
    'home_url' => 'Ir al sitio web de {platformName}',
    'register' => 'Register',
    'submit_url' => 'Envía tu podcast en {platformName}',
    'your_link' => 'Your link',
    'your_id' => [
        'podcasting' => 'Your ID',
        'social' => 'Your ID',
        'funding' => 'Your CTA',
    ],
    'your_cta' => 'Your call to action',
    'visible' => '¿Mostrar en la página de inicio del podcast?',
    'on_embed' => '¿Mostrar en el reproductor incrustable?',
    'remove' => 'Eliminar {platformName}',
    'submit' => 'Guardar',
    'messages' => [
        'updateSuccess' => '¡Los enlaces de la plataforma se han actualizado correctamente!',
        'removeLinkSuccess' => 'El enlace de la plataforma ha sido eliminado.',
        'removeLinkError' =>
            'No se ha podido eliminar el enlace de la plataforma. Inténtalo de nuevo.',
    ],
    'description' => [
        'podcasting' => 'El ID del podcast en esta plataforma',
        'social' => 'El ID de la cuenta del podcast en esta plataforma',
        'funding' => 'Mensaje de llamada a la acción',
    ],
];
