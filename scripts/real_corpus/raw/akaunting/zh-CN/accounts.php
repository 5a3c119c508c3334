<?php

return [

    'account_name'          => '账户名称',
    'account_balance'       => '账户余额',
    'number'                => '号码',
    'opening_balance'       => '开户余额',
    'current_balance'       => '当前余额',
    'bank_name'             => '银行名称',
    'bank_phone'            => '银行电话',
    'bank_address'          => '银行地址',
    'default_account'       => '默认帐户',
    'incoming'              => '传入',
    'outgoing'              => '输出',
    'see_performance'       => '查看财务绩效',
    'create_report'         => '如果您想要看财务绩效，您可以创建收入与支出报告实例。',
    'banks'                 => '银行|银行',
    'credit_cards'          => '信用卡|信用卡',

    'form_description' => [
        'general'           => '对负的开户余额使用信用卡类型。 该数字对于正确核对账户至关重要。 如果未另行选择，默认账户将记录所有交易。',
        'bank'              => '您可以在不止一家银行拥有多个银行账户。 记录有关您银行的信息将使您银行内的交易更容易匹配。',
    ],

    'no_records' => [
        'transactions'      => '此账户中还没有转账。 现在就创建一个新的。',
        'transfers'         => '尚未向/从该帐户进行转账。 现在就创建一个新的。',
    ],

];
