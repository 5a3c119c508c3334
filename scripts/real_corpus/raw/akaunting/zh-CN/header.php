<?php

return [

    'change_language'       => '更换语言',
    'last_login'            => '上次登录时间 :time',
    'notifications' => [
        'counter'           => '{0} 您沒有任何通知 | {1} 您有 :count 个通知 | [2,*] 您有 :count个通知',
        'overdue_invoices'  => '{1} :count 个逾期订单 | [2,*] :count 个逾期订单',
        'upcoming_bills'    => '{1} :count 个即将到來的账单 | [2,*] :count 个即将到來的账单',
        'view_all'          => '查看全部'
    ],
    'docs_link'             => 'https://akaunting.com/docs',
    'support_link'          => 'https://akaunting.com/support',

];
