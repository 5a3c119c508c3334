<?php
/**
 * Localized data
 *
 * @copyright Copyright (C) 2010-2024 Combodo SAS
 * @license    https://opensource.org/licenses/AGPL-3.0
 * 
 */
/**
 *
 */
Dict::Add('ZH CN', 'Chinese', '简体中文', [
	'Class:cmdbAbstractObject/UniquenessRule:no_duplicate' => '%1$s: %2$s已关联至%3$s: %4$s, 此关联不允许重复.',
]);
