<?php
return array (
  '<strong>Modify</strong> image' => '<strong>修整</strong>圖像',
);
