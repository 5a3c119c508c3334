<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'min_dims' =>
        '{field} 不是一张图片，或者宽或高度不够。',
    'is_image_ratio' =>
        '{field} 不是图片或比例不正确。',
    'is_json' => '{field} contains invalid JSON.',
];
