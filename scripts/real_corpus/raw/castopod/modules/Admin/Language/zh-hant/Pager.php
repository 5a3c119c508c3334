<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'pageNavigation' => 'Page navigation',
    'first' => 'First',
    'previous' => 'Previous',
    'next' => 'Next',
    'last' => 'Last',
    'older' => 'Older',
    'newer' => 'Newer',
    'invalidTemplate' => '{0} is not a valid Pager template.',
    'invalidPaginationGroup' => '{0} is not a valid Pagination group.',
];
