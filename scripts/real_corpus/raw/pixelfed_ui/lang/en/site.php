<?php

return [

    'about'             => 'About',
    'help'              => 'Help',
    'language'          => 'Language',
    'fediverse'         => 'Fediverse',
    'opensource'        => 'Open Source',
    'terms'             => 'Terms',
    'privacy'           => 'Privacy',
    'l10nWip'           => 'We’re still working on localization support',
    'currentLocale'     => 'Current locale',
    'selectLocale'      => 'Select one of the supported languages',
    'contact'           => 'Contact',
    'contact-us'        => 'Contact Us',
    'places'            => 'Places',
    'profiles'          => 'Profiles',

];
