<?php

declare(strict_types=1);

/**
 * @copyright  2020 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'title' => [
        'podcasting' => 'Podcasting platforms',
        'social' => 'Social networks',
        'funding' => 'Funding links',
    ],
    'website' => 'Website',
    'home_url' => '转至 {platformName} 网站',
    'register' => 'Register',
    'submit_url' => '在 {platformName} 上提交你的播客',
    'your_link' => 'Your link',
    'your_id' => [
        'podcasting' => 'Your ID',
        'social' => 'Your ID',
        'funding' => 'Your CTA',
    ],
    'your_cta' => 'Your call to action',
    'visible' => '在播客主页上显示？',
    'on_embed' => '在嵌入式播放器上显示？',
    'remove' => '移除 {platformName}',
    'submit' => '保存',
    'messages' => [
        'updateSuccess' => '平台链接已更新！',
        'removeLinkSuccess' => '平台链接已被移除。',
        'removeLinkError' =>
            '无法删除平台链接。 再试一次。',
    ],
    'description' => [
        'podcasting' => '此平台上的播客 ID',
        'social' => '此平台上的播客账号ID',
        'funding' => '号召口号',
    ],
];
