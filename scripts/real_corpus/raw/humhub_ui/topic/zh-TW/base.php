<?php
return array (
  '<strong>Confirm</strong> topic deletion' => '<strong>確認</strong>刪除主題',
  '<strong>Edit</strong> Topic' => '<strong>編輯</strong>主題',
  '<strong>Manage</strong> Topics' => '<strong>管理</strong>主題',
  '<strong>Topic</strong> Overview' => '<strong>主題</strong>總覽',
  'Add Topic' => '添加主題',
  'Add topics that you will use in your posts. Topics can be personal interests or general terms. When posting, you can select them by choosing "Topics" and it will be easier for other users to find your posts related to that topic.' => '添加在您貼文會使用到的主題。主題可以是個人愛好或者是一般的名詞。當貼文的時候，您可以選擇加上"主題"標記，這讓其他人更容易找到相關聯主題的貼文。',
  'Color' => '顏色',
  'Do you really want to delete this topic?' => '您真的要刪除這個主題嗎?',
  'Name' => '名稱',
  'Sort order' => '排序',
  'Topic' => '主題',
  'Topic has been deleted!' => '主題已經被刪除!',
  'Topics' => '主題',
);
