<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'min_dims' =>
        '{field} no es una imagen, o no es suficientemente ancha o alta.',
    'is_image_ratio' =>
        '{field} no es una imagen o no es de la proporción correcta.',
    'is_json' => '{field} contains invalid JSON.',
];
