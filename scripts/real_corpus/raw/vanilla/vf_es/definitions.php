<?php

 $LocaleInfo['vf_es'] = array (
  'Locale' => 'es',
  'Name' => 'Español / Spanish',
  'EnName' => 'Spanish',
  'Description' => 'Official Spanish language translations for Vanilla. Help contribute to this translation by going to its translation site <a href="https://www.transifex.com/projects/p/vanilla/language/es/">here</a>.',
  'Version' => '2026.03.24-04:000954',
  'Author' => 'Vanilla Community',
  'AuthorUrl' => 'https://www.transifex.com/projects/p/vanilla/language/es/',
  'License' => 'CC BY-SA 4.0',
  'PercentComplete' => 100,
  'NumComplete' => 5728,
  'DenComplete' => 5728,
  'Icon' => 'es.png',
);
