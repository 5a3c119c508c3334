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
    'home_url' => 'Go to {platformName} website',
    'register' => 'Register',
    'submit_url' => 'Submit your podcast on {platformName}',
    'your_link' => 'Your link',
    'your_id' => [
        'podcasting' => 'Your ID',
        'social' => 'Your ID',
        'funding' => 'Your CTA',
    ],
    'your_cta' => 'Your call to action',
    'visible' => 'Display in podcast homepage?',
    'on_embed' => 'Display on embeddable player?',
    'remove' => 'Remove {platformName}',
    'submit' => 'Save',
    'messages' => [
        'updateSuccess' => 'Platform links have been successfully updated!',
        'removeLinkSuccess' => 'The platform link has been removed.',
        'removeLinkError' =>
            'The platform link could not be removed. Try again.',
    ],
    'description' => [
        'podcasting' => 'The podcast ID on this platform',
        'social' => 'The podcast account ID on this platform',
        'funding' => 'Call to action message',
    ],
];
