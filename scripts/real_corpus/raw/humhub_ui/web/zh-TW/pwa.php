<?php
return array (
  'Hm...' => '嗯...',
  'Please check your internet connection and <a href="?">refresh</a> this page once you are online again!' => '請確認您的網路連接，在您恢復連接後請<a href="?">重新載入</a>此頁面。',
  'Unable to connect to {site}' => '無法連上 {site}',
);
