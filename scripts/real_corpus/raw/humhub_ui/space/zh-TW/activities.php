<?php
return array (
  'Space has been archived' => 'Space已經被封存',
  'Space has been unarchived' => 'Space已經被取消封存',
  'Space member joined' => '成員加入Space',
  'Space member left' => '成員離開Space',
  'Whenever a member leaves one of your spaces.' => '每當有成員離開您的其中一個Space。',
  'Whenever a new member joined one of your spaces.' => '每當有新成員加入您的其中一個Space。',
  'Whenever a space is archived.' => '每當一個Space被封存。',
  'Whenever a space is unarchived.' => '每當一個Space被取消封存。',
);
