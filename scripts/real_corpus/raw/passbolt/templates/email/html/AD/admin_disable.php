<?php
/**
 * Passbolt ~ Open source password manager for teams
 * Copyright (c) Passbolt SA (https://www.passbolt.com)
 *
 * Licensed under GNU Affero General Public License version 3 of the or any later version.
 * For full copyright and license information, please see the LICENSE.txt
 * Redistributions of files must retain the above copyright notice.
 *
 * @copyright     Copyright (c) Passbolt SA (https://www.passbolt.com)
 * @license       https://opensource.org/licenses/AGPL-3.0 AGPL License
 * @link          https://www.passbolt.com Passbolt(tm)
 * @since         4.3.0
 *
 * @var array $body
 * @var string $title
 *
 * @var \App\View\AppView $this
 */
use App\Utility\Purifier;
use App\View\Helper\AvatarHelper;
use Cake\Routing\Router;
if (PHP_SAPI === 'cli') {
    Router::fullBaseUrl($body['fullBaseUrl']);
}
$user = $body['user'];
$operatorUsername = $body['operatorUsername'];

echo $this->element('Email/module/avatar', [
    'url' => AvatarHelper::getAvatarUrl($user['profile']['avatar']),
    'text' => $this->element('Email/module/avatar_text', [
        'user' => $user,
        'datetime' => $user['modified'],
        'text' => Purifier::clean($title),
    ])
]);

$text = '<h3>' . __('Account suspended') . '</h3><br/>';
$text .= __('Your account has been suspended.') . ' ';
$text .= __('You are not able to sign in to passbolt and receive email notifications.') . ' ';
$text .= __('Other users can still share resources with you and add you to a group.');

echo $this->element('Email/module/text', [
    'text' => $text
]);

echo $this->element('Email/module/button', [
    'url' => 'mailto:' . Purifier::clean($operatorUsername),
    'text' => __('Contact your admin')
]);
