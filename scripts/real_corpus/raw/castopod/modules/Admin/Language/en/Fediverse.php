<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'messages' => [
        'actorNotFound' => 'The account could not be found!',
        'blockActorSuccess' => '{actor} has been blocked!',
        'unblockActorSuccess' => 'Actor has been unblocked!',
        'blockDomainSuccess' => '{domain} has been blocked!',
        'unblockDomainSuccess' => '{domain} has been unblocked!',
    ],
    'blocked_actors' => 'Blocked accounts',
    'blocked_domains' => 'Blocked domains',
    'block_lists_form' => [
        'handle' => 'Account handle',
        'handle_hint' => 'Input @username@domain account.',
        'domain' => 'Domain name',
        'submit' => 'Block!',
    ],
    'list' => [
        'actor' => 'Account',
        'domain' => 'Domain name',
        'unblock' => 'Unblock',
    ],
];
