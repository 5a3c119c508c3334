<?php

return array (
  'failed' => '此凭据无效，请重试。',
  'throttle' => '登录尝试次数过多. 请等待 :seconds 秒后重试.',
);