<?php

return [
    'Add Space' => '增加空间',
    'Create Space' => '创建新空间',
    'My spaces' => '<strong>我的空间</strong>',
    'You are not a member of or following any Spaces.' => '没有找到成员或者关注的空间。',
    'No Spaces found.' => '没有找到符合筛选条件的记录。',
    'No spaces found for the given query' => '没有找到空间',
    'Search' => '搜 索',
    'Select {n,plural,=1{space} other{spaces}}' => '选择 {n,plural,=1{space} other{spaces}}',
    'This field only allows a maximum of {n,plural,=1{# space} other{# spaces}}' => '此域只允许最大 {n,plural,=1{# space} other{# spaces}}',
    'This space is archived' => '该空间已归档',
    'Please enter at least {count} characters to search Spaces.' => '搜索其它的空间, 至少输入 {count} 个字符。',
    'You are following this space' => '你正在关注该空间',
    '{n,plural,=1{# new entry} other{# new entries}} since your last visit' => '{n,plural,=1{# new entry} other{# new entries}} 自从你上次访问',
    'Search for spaces' => '',
];
