<?php

return [

    'change_language'       => '變更語系',
    'last_login'            => '上次登入時間 :time',
    'notifications' => [
        'counter'           => '{0} 您沒有任何通知 | {1} 您有 :count 個通知 | [2,*] 您有 :count個通知',
        'overdue_invoices'  => '{1} :count 張逾期訂單 | [2,*] :count 張逾期訂單',
        'upcoming_bills'    => '{1} :count 張即將到來的帳單 | [2,*] :count 張即將到來的帳單',
        'view_all'          => '檢視全部'
    ],
    'docs_link'             => 'https://akaunting.com/docs',
    'support_link'          => 'https://akaunting.com/support',

];
