<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'pageNavigation' => '页面导航',
    'first' => '首页',
    'previous' => '上一个',
    'next' => '下一页',
    'last' => '上一页',
    'older' => '年长者',
    'newer' => '新人',
    'invalidTemplate' => '{0} 不是有效的分页模板。',
    'invalidPaginationGroup' => '{0} 不是有效的分页组。',
];
