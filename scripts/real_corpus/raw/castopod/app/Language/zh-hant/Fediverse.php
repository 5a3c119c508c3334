<?php

declare(strict_types=1);

/**
 * @copyright  2021 Ad Aures
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html AGPL3
 * @link       https://castopod.org/
 */

return [
    'your_handle' => '你的帳號',
    'your_handle_hint' => '輸入 @username@domain 您想要執行的操作。',
    'follow' => [
        'label' => '追蹤',
        'title' => '追蹤 {actorDisplayName}',
        'subtitle' => '您將會追蹤:',
        'accountNotFound' => '找不到此帳號。',
        'remoteFollowNotAllowed' => '似乎此帳號伺服器不允许遠端追蹤…',
        'submit' => '繼續追蹤',
    ],
    'favourite' => [
        'title' => "喜歡 {actorDisplayName} 的貼文",
        'subtitle' => '您將會喜歡：',
        'submit' => '加入最愛',
    ],
    'reblog' => [
        'title' => "分享 {actorDisplayName} 的貼文",
        'subtitle' => '您將要分享：',
        'submit' => '繼續分享',
    ],
    'reply' => [
        'title' => "回覆 {actorDisplayName} 的貼文",
        'subtitle' => '您將要回覆：',
        'submit' => '繼續回覆',
    ],
];
