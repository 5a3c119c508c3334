<?php

 $LocaleInfo['vf_zh_TW'] = array (
  'Locale' => 'zh_TW',
  'Name' => '中文（台灣） / Chinese (Taiwan)',
  'EnName' => 'Chinese (Taiwan)',
  'Description' => 'Official Chinese (Taiwan) language translations for Vanilla. Help contribute to this translation by going to its translation site <a href="https://www.transifex.com/projects/p/vanilla/language/zh_TW/">here</a>.',
  'Version' => '2026.03.25-04:001325',
  'Author' => 'Vanilla Community',
  'AuthorUrl' => 'https://www.transifex.com/projects/p/vanilla/language/zh_TW/',
  'License' => 'CC BY-SA 4.0',
  'PercentComplete' => 100,
  'NumComplete' => 5726,
  'DenComplete' => 5726,
  'Icon' => 'zh_TW.svg',
);
