<?php
return array (
  'This content is archived' => '這篇貼文內容已經被封存',
);
