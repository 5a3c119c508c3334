<?php

return [
    '<strong>Administration (Modules)</strong>' => '<strong>管理 (模块)</strong>',
    '<strong>Edit</strong> account' => '<strong>编辑</strong> 帐户',
    '<strong>Hurray!</strong> The End.' => '<strong>恭喜!</strong> 完成了.',
    '<strong>Hurray!</strong> You\'re done!' => '<strong>恭喜!</strong> 完成了！',
    '<strong>Profile</strong> menu' => '<strong>属性</strong> 菜单',
    '<strong>Profile</strong> photo' => '<strong>属性</strong> 照片',
    '<strong>Profile</strong> stream' => '<strong>属性</strong> 动态流',
    '<strong>User profile</strong>' => '<strong>用户属性</strong>',
    'Click on this button to update your profile and account settings. You can also add more information to your profile.' => '点击此按钮来更新您的个人资料和帐户设置。您还可以添加更多的信息到你的档案。',
    'Each profile has its own pin board. Your posts will also appear on the dashboards of those users who are following you.' => '每个事件都会被推送到主面板。你的文章也会出现在那些关注你的用户的主面板里。',
    'This is your public user profile, which can be seen by any registered user.' => '这是你的公众用户属性，任何注册用户都能看到。',
    'Upload a new profile photo by simply clicking here or by drag&drop. Do just the same for updating your cover photo.' => '通过简单的点击这里或拖放图片上传更新你的封面照片。',
    'You\'ve completed the user profile guide!' => '你已经完成了用户属性设置的向导',
    'You\'ve completed the user profile guide!<br><br>To carry on with the administration guide, click here:<br /><br />' => '你已经完成了用户属性设置的向导！<br> <br>继续管理指南，请点击这里：<br> <br>',
    'Just like in the space, the user profile can be personalized with various modules.<br><br>You can see which modules are available for your profile by looking them in "Modules" in the account settings menu.' => '',
];
