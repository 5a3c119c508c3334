<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'min_dims' =>
        '{field} is either not an image, or it is not wide or tall enough.',
    'is_image_ratio' =>
        '{field} is either not an image or not of the right ratio.',
    'is_json' => '{field} contains invalid JSON.',
    'is_boolean' => 'The {field} field must be a boolean (true or false).',
    'is_list' => 'The {field} field must be an array.',
];
