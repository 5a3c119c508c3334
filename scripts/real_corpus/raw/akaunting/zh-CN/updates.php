<?php

return [

    'installed_version'     => '已安装版本',
    'latest_version'        => '最新版本',
    'update'                => '更新 Akaunting 至 :version 版',
    'changelog'             => '更新日誌',
    'check'                 => '檢查',
    'new_core'              => '新版 Akaunting 已準備好。',
    'latest_core'           => '太好了！你已經使用最新版 Akaunting，未來將會自動套用安全性更新。',
    'success'               => '更新程序已完成。',
    'error'                 => '更新程序失敗，請重試。',

];
