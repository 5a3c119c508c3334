<?php
return array (
  '
Module successfully disabled!
' => '模組停用成功!',
  '
Module successfully enabled!
' => '模組啟用成功!',
  '--- Disable module: {moduleId} ---

' => '--- 停用模組: {moduleId} ---',
  '--- Enable module: {moduleId} ---

' => '--- 啟用模組: {moduleId} ---',
  'Module not found or activated!
' => '找不到模組或模組未啟用!',
  'Module not found!
' => '找不到模組!',
);
