<?php

 $LocaleInfo['vf_zh'] = array (
  'Locale' => 'zh',
  'Name' => '中文 / Chinese',
  'EnName' => 'Chinese',
  'Description' => 'Official Chinese language translations for Vanilla. Help contribute to this translation by going to its translation site <a href="https://www.transifex.com/projects/p/vanilla/language/zh/">here</a>.',
  'Version' => '2026.03.25-04:001325',
  'Author' => 'Vanilla Community',
  'AuthorUrl' => 'https://www.transifex.com/projects/p/vanilla/language/zh/',
  'License' => 'CC BY-SA 4.0',
  'PercentComplete' => 100,
  'NumComplete' => 5726,
  'DenComplete' => 5726,
  'Icon' => 'zh.svg',
);
